import { sqlString } from './sqlString';

/**
 * `expr` (text whose values are among `labels`) cast to an ENUM of those labels, in their order.
 * The per-customer tables store their segment and tier labels so: an ENUM is one byte a customer
 * where the text took a 16-byte string slot plus the label's bytes for labels over 12 bytes
 * (every Chinese one), until a CHECKPOINT compressed it. Node, 1M rows (325k customers):
 * building customer_rfm peaked at 355 MB of wasm heap instead of 426. An ENUM reads back as its
 * label (Arrow: a dictionary of strings), compares equal to a string literal, and sorts in label
 * order: a pyramid's tiers top down, a segment map's segments in rule order.
 * See https://duckdb.org/docs/sql/data_types/enum.
 */
export function enumSql(expr: string, labels: readonly string[]): string {
  return `(${expr})::${enumSql.type(labels)}`;
}

/** The ENUM type of `labels` (repeats dropped, first place kept). */
enumSql.type = (labels: readonly string[]): string => {
  const unique = [...new Set(labels)];
  if (unique.length === 0) throw new Error('invalid enum: no labels (expected at least one)');
  return `ENUM(${unique.map(sqlString).join(', ')})`;
};
