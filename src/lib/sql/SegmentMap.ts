/**
 * A condition on one column of the per-customer table: `[lo, hi]` inclusive range, an exact
 * number, a boolean flag, or a regular expression (RE2, whole value) on the value as text.
 */
export type SegmentCondition = [number, number] | number | boolean | { regex: string };

/** One rule: a segment name and the conditions (all must hold) on per-customer columns. */
export interface SegmentRule {
  segment: string;
  when: Record<string, SegmentCondition>;
}

/**
 * A segment map as data, so a user can edit one or add their own: rules are tried in order and
 * the first match wins; a customer no rule matches gets `otherwise`. Omit `otherwise` only for a
 * map whose rules cover every customer (map C): unmatched customers would get NULL.
 */
export interface SegmentMap {
  /** Short key, used in column names (`segment_<name>`) and result keys, e.g. `rfm10`. */
  name: string;
  rules: SegmentRule[];
  otherwise?: string;
}
