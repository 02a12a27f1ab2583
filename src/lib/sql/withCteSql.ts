/**
 * Put named relations in front of a query as CTEs, e.g. a per-customer SELECT under the name an
 * aggregate builder reads (`source`): withCteSql({ customer_rfm: customerRfmSql() },
 * rfGridSql()). A query that already starts with WITH has its CTE list joined on, since SQL
 * allows only one WITH per SELECT level.
 */
export function withCteSql(ctes: Record<string, string>, query: string): string {
  const defs = Object.entries(ctes).map(([name, sql]) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid CTE name: ${JSON.stringify(name)} (expected a plain lower-case name)`);
    return `${name} AS (\n${sql}\n)`;
  });
  if (defs.length === 0) return query;
  const m = /^\s*WITH\s+/i.exec(query);
  if (m) return `WITH ${defs.join(',\n')},\n${query.slice(m[0].length)}`;
  return `WITH ${defs.join(',\n')}\n${query}`;
}
