import type { ImportReport } from '../../../workers/protocol';
import { csvCell } from './csvCell';

/** The full import report as CSV: a summary block, then every rejected or excluded line. */
export function reportToCsv(report: ImportReport): string {
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
  ];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
