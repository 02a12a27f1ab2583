/** DuckDB's error for text a UTINYINT/USMALLINT/UINTEGER-backed value cannot take: an ENUM's too. */
const NOT_A_LABEL = /Could not convert string '((?:[^']|'')*)' to UINT(?:8|16|32)\b/;
/** The per-customer tables' ENUM columns (enumSql): segment_<map> and tier. */
const ENUM_COLUMN = /\b(segment_\w+|tier)\b/i;

/**
 * What to add to a failed statement's message when it most likely wrote a label an ENUM column
 * does not have: customer_rfm keeps its segment and tier labels as ENUMs (enumSql), and DuckDB
 * words that failure as a conversion to UINT8 ("Could not convert string 'x' to UINT8"), the same
 * words as for a number too big for a UTINYINT; so the hint is given only when the statement names
 * such a column, and says "if". Undefined when it does not apply.
 */
export function enumLabelHint(message: string, sql: string | undefined): string | undefined {
  const label = NOT_A_LABEL.exec(message);
  const column = sql === undefined ? null : ENUM_COLUMN.exec(sql);
  if (!label || !column) return undefined;
  return `if ${column[1]} is an ENUM (customer_rfm's segment and tier columns are), it takes only its own labels, not '${label[1]}': ` +
    `retype it first, e.g. ALTER TABLE customer_rfm ALTER ${column[1]} TYPE VARCHAR`;
}
