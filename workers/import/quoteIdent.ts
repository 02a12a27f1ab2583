/** Quote an SQL identifier for DuckDB: headers from user files may hold any character. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
