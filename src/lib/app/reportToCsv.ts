import type { ImportReport } from '../../../workers/protocol';
import { csvCell } from './csvCell';

/**
 * The full import report as CSV: a summary block, then every rejected, excluded or blank line, and
 * the lines imported with a flag (not valid in the file's encoding and decoded another way, or a
 * quote kept as text), so the list names every line that needs a look.
 */
export function reportToCsv(report: ImportReport): string {
  const rejected = new Set(report.rejected.map((n) => n.line));
  const badBytes = (report.invalid_encoding_lines ?? []).filter((line) => !rejected.has(line));
  const rows: unknown[][] = [
    ['file', report.file_name], ['outcome', report.outcome], ['message', report.message],
    ['encoding', report.encoding], ['delimiter', report.delimiter === '\t' ? 'tab' : report.delimiter],
    ['rows_read', report.rows_read], ['rows_imported', report.rows_imported], ['rows_rejected', report.rows_rejected],
    ['customers', report.customers], ['orders', report.orders], ['total_amount', report.total_amount],
    ['first_date', report.first_date], ['last_date', report.last_date],
    ...report.warnings.map((w) => ['warning', w]),
    [],
    ['line', 'status', 'reason'],
    ...report.rejected.map((n) => [n.line, 'rejected', n.reason]),
    ...report.excluded.map((n) => [n.line, 'excluded', n.reason]),
    ...report.blank_lines.map((line) => [line, 'blank', 'blank line']),
    ...badBytes.map((line) => [line, 'flagged', `not valid ${report.encoding}; imported as decoded (see the warnings)`]),
    ...(report.stray_quote_lines ?? []).map((line) => [line, 'flagged', 'quote inside an unquoted field, kept as text']),
  ];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
