import type { IngestReport } from './types';
import { isoFromDays } from './isoFromDays';

/** What `RecordImporter` counts while it reads; `summarizeImport` turns it into the report. */
export interface ImportTally {
  report: IngestReport;
  lines: {
    missingCustomer: number[]; returns: number[]; zero: number[]; future: number[]; old: number[];
    trailingEmpty: number[]; badNumbers: number[]; strayQuote: number[];
    /** Rows identical to an earlier one, kept because without order ids each row is a purchase. */
    identicalKept: number[];
  };
  currencies: Map<string, { count: number; lines: number[] }>;
  conflicts: Map<string, number[]>;
  amountSum: number;
  minDay: number;
  maxDay: number;
  dedupStopped: boolean;
  refused?: string;
}

/**
 * Completes the import report: outcome and message, date range, currencies, conflicting orders,
 * and one plain-language warning per kind of problem, naming its lines (the first 20; the full
 * lists are in `rejected`, `excluded` and `blank_lines`).
 */
export function summarizeImport(t: ImportTally): IngestReport {
  const r = t.report;
  const w = r.warnings;
  const excluded = r.rows_excluded ?? r.excluded.length;
  if (t.refused) {
    r.outcome = 'refused';
    r.message = t.refused;
    return r;
  }
  if (r.rows_imported === 0) {
    r.outcome = 'refused';
    r.message = r.rows_read === 0
      ? 'The file has no data rows (header only).'
      : `No row could be imported: ${r.rows_rejected} rejected, ${excluded} left out (see the lines listed).`;
  } else {
    r.outcome = 'import';
    r.message = `Imported ${r.rows_imported} of ${r.rows_read} rows` +
      (r.rows_rejected ? `; ${r.rows_rejected} rejected` : '') + (excluded ? `; ${excluded} left out` : '') + '.';
  }
  if (t.minDay <= t.maxDay) {
    r.first_date = isoFromDays(t.minDay);
    r.last_date = isoFromDays(t.maxDay);
  }

  if (r.rows_rejected > 0) w.push(`${count(r.rows_rejected, 'row')} rejected (${lineList(r.rejected.map((n) => n.line))}); each is listed with its reason.`);
  if (t.lines.missingCustomer.length > 0) {
    w.push(`${count(t.lines.missingCustomer.length, 'row')} ${t.lines.missingCustomer.length === 1 ? 'has' : 'have'} no customer id (${lineList(t.lines.missingCustomer)}); rejected, so they are not in customer metrics or revenue.`);
  }
  if (t.lines.strayQuote.length > 0) {
    // The warning names 20; the report keeps them all, so every flagged row can be checked.
    r.stray_quote_lines = t.lines.strayQuote;
    w.push(`${count(t.lines.strayQuote.length, 'row')} with a quote inside an unquoted field (${lineList(t.lines.strayQuote)}); the quote was kept as text, please check them.`);
  }
  if (t.lines.trailingEmpty.length > 0) w.push(`Empty extra fields at the end of ${lineList(t.lines.trailingEmpty)} were ignored.`);
  const headers = r.excluded.filter((n) => n.reason === 'repeated header').map((n) => n.line);
  if (headers.length > 0) w.push(`The header is repeated on ${lineList(headers)}; left out.`);
  if (r.duplicates > 0) {
    const dups = r.excluded.filter((n) => n.reason.startsWith('exact duplicate')).map((n) => n.line);
    w.push(`${count(r.duplicates, 'exact duplicate row')} left out (${lineList(dups)}), so their revenue is not counted twice.`);
  }
  if (t.lines.identicalKept.length > 0) {
    w.push(`${count(t.lines.identicalKept.length, 'row')} identical to an earlier row (${lineList(t.lines.identicalKept)}) kept: without an order id column each row counts as its own purchase. If these are duplicates of one order, map an order id column.`);
  }
  if (t.dedupStopped) w.push('Duplicate detection stopped after 5,000,000 distinct rows to bound memory; later duplicates were kept.');
  if (t.lines.future.length > 0) w.push(`${count(t.lines.future.length, 'row')} dated in the future left out (${lineList(t.lines.future)}).`);
  if (t.lines.old.length > 0) w.push(`${count(t.lines.old.length, 'row')} dated before 1990 left out as implausible (${lineList(t.lines.old)}).`);

  if (t.conflicts.size > 0) {
    r.conflicting_order_ids = [...t.conflicts].map(([order_id, lines]) => ({ order_id, lines }));
    for (const { order_id, lines } of r.conflicting_order_ids.slice(0, 20)) {
      w.push(`Order ${order_id} appears on lines ${lines.join(' and ')} with different amounts; all kept, please check which is right.`);
    }
  }
  if (t.currencies.size > 0) {
    r.currencies = Object.fromEntries([...t.currencies].map(([c, v]) => [c, v.count]));
    if (t.currencies.size > 1) {
      const parts = [...t.currencies].map(([c, v]) => `${c} (${lineList(v.lines)})`);
      w.push(`Mixed currencies in the amount column: ${parts.join(', ')}; amounts are added as written, without conversion.`);
    }
  }
  if (r.returns > 0) w.push(`${count(r.returns, 'row')} with a negative amount (returns: ${lineList(t.lines.returns)}) reduce revenue.`);
  if (r.zero_amounts > 0) w.push(`${count(r.zero_amounts, 'row')} with a zero amount (${lineList(t.lines.zero)}).`);
  if (t.lines.badNumbers.length > 0) w.push(`Some quantity/price/cost/margin cells are not numbers (${lineList(t.lines.badNumbers)}); read as empty.`);
  if (r.blank_lines.length > 0) w.push(`${count(r.blank_lines.length, 'blank line')} skipped.`);
  return r;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 20).join(', ');
  return (lines.length === 1 ? 'line ' : 'lines ') + shown + (lines.length > 20 ? ` and ${lines.length - 20} more` : '');
}
