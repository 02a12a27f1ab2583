const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A DATE literal from `YYYY-MM-DD`, refusing impossible dates (2024-02-30) so the error names the
 * option rather than surfacing later as a DuckDB conversion error.
 */
export function sqlDate(value: string, option = 'date'): string {
  const m = ISO.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new Error(`invalid ${option}: ${JSON.stringify(value)} (expected YYYY-MM-DD)`);
  }
  return `DATE '${value}'`;
}
