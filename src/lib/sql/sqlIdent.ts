const PLAIN = /^[a-z_][a-z0-9_]*$/;
// Words DuckDB refuses as bare column or table names; anything else plain stays bare so the SQL
// shown to the user reads naturally.
const RESERVED = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'both', 'case', 'cast', 'check',
  'collate', 'column', 'constraint', 'create', 'default', 'desc', 'distinct', 'do', 'else', 'end',
  'except', 'false', 'fetch', 'for', 'foreign', 'from', 'grant', 'group', 'having', 'in', 'initially',
  'intersect', 'into', 'lateral', 'leading', 'limit', 'not', 'null', 'offset', 'on', 'only', 'or',
  'order', 'placing', 'primary', 'references', 'returning', 'select', 'some', 'symmetric', 'table',
  'then', 'to', 'trailing', 'true', 'union', 'unique', 'using', 'variadic', 'when', 'where', 'window', 'with',
]);

/**
 * An SQL identifier for DuckDB: bare when it is a plain lower-case name, double-quoted otherwise
 * (user headers and attribute names may hold any character, including Chinese).
 */
export function sqlIdent(name: string): string {
  if (name.length === 0) throw new Error('invalid name: "" (expected a table or column name)');
  if (PLAIN.test(name) && !RESERVED.has(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}
