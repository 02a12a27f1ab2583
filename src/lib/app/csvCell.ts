/**
 * One CSV cell, quoted when needed, with spreadsheet formulas neutralised: a cell that starts
 * with = + - @ tab or CR gets a leading single quote so Excel shows it as text (OWASP CSV injection).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
