import { csvCell } from '../app/csvCell';

/**
 * A table given as whole columns (as read from Arrow) to CSV text: a header line, then one line
 * per row, CRLF line ends. Text cells starting with = + - @ tab or CR are neutralised by csvCell;
 * numbers stay numbers (a net amount of -12.5 is not a formula), ids stay the exact text.
 * A UTF-8 byte-order mark first (default) lets Excel read Chinese names without mojibake.
 */
export function columnsToCsv(header: readonly string[], columns: readonly ArrayLike<unknown>[], options: { bom?: boolean } = {}): string {
  if (columns.length !== header.length) throw new Error(`csv: ${header.length} header names and ${columns.length} columns`);
  const n = columns.length === 0 ? 0 : columns[0]!.length;
  const lines: string[] = [header.map(csvCell).join(',')];
  for (let i = 0; i < n; i++) {
    let line = '';
    for (let c = 0; c < columns.length; c++) line += (c ? ',' : '') + csvCell(columns[c]![i]);
    lines.push(line);
  }
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
