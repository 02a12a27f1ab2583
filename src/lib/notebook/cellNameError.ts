const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const MAX_LENGTH = 63;

// Names a query cannot use unquoted where a table stands (DuckDB's reserved keywords), plus
// the tables the engine itself builds (the imported data and the per-customer tables behind the
// overview, selections and CLV): a view of such a name would clash with or hide them.
const RESERVED = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'asymmetric', 'both', 'case',
  'cast', 'check', 'collate', 'column', 'constraint', 'create', 'default', 'deferrable', 'desc',
  'describe', 'distinct', 'do', 'else', 'end', 'except', 'false', 'fetch', 'for', 'foreign', 'from',
  'grant', 'group', 'having', 'in', 'initially', 'intersect', 'into', 'lateral', 'leading', 'limit',
  'not', 'null', 'offset', 'on', 'only', 'or', 'order', 'pivot', 'pivot_longer', 'pivot_wider',
  'placing', 'primary', 'qualify', 'references', 'returning', 'select', 'show', 'some', 'summarize',
  'symmetric', 'table', 'then', 'to', 'trailing', 'true', 'union', 'unique', 'unpivot', 'using',
  'variadic', 'when', 'where', 'window', 'with', 'transactions', 'customer_rfm', 'customer_periods',
  'customer_clv', 'customer_stage', 'customer_matrix', 'overview_selected',
  'overview_sel_agg', 'overview_sel_ret', 'overview_totals',
]);

/**
 * Why `name` cannot name a SQL or analysis cell, or null when it can. A cell name is written
 * unquoted in other cells' SQL, so it must be a plain identifier (letters of any script, digits,
 * `_`, not starting with a digit) and not a reserved word.
 */
export function cellNameError(name: string): string | null {
  if (name === '') return 'invalid name: empty (expected a name such as orders_by_month)';
  if (!NAME.test(name)) {
    return `invalid name: ${JSON.stringify(name)} (expected letters, digits and _, not starting with a digit)`;
  }
  if (name.length > MAX_LENGTH) return `invalid name: ${name.length} characters (expected at most ${MAX_LENGTH})`;
  if (RESERVED.has(name.toLowerCase())) return `invalid name: ${JSON.stringify(name)} is reserved in SQL or names the data`;
  return null;
}
