/** A measure a rule can test: the R, F and M scores (or their 高/低 flags in a flag map). */
export type Measure = 'r' | 'f' | 'm';

/**
 * One row of the rule editor, as typed: score bounds as text (empty = no bound on that side; both
 * empty = any score), or in a flag map high / low / any against the mean.
 */
export interface DraftRow {
  segment: string;
  range: Record<Measure, { from: string; to: string }>;
  flag: Record<Measure, 'high' | 'low' | 'any'>;
}

/**
 * A segment map being edited: `kind` says whether rows test score ranges (maps A and B, and maps
 * a user builds from them) or high/low flags (map C). `otherwise` names the customers no row
 * matches; it is always there, so nobody silently falls out of the counts.
 */
export interface RuleDraft {
  name: string;
  kind: 'scores' | 'flags';
  rows: DraftRow[];
  otherwise: string;
}
