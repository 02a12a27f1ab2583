import type { IngestReport, LineNote } from '../../ingest/types';
import { newTally } from '../../ingest/newTally';
import { summarizeImport } from '../../ingest/summarizeImport';
import { totalsWarning } from '../../ingest/totalsWarning';
import type { FastEngine, FastImportJob } from './fastImport';
import type { FastPlan } from './fastPlan';
import type { RowVerdict } from './judgeRow';
import type { resolveDuplicates } from './resolveDuplicates';

/** RecordImporter keeps at most this many line notes per list. */
const MAX_NOTES = 1_000_000;

/** A row SQL could not vouch for, and the ingest's verdict on it. */
export interface Judged {
  line: number;
  verdict: RowVerdict;
}

/** What SQL and the judged rows found, for the report. */
export interface Facts {
  total: number;
  blank: number[];
  judged: Judged[];
  dup: ReturnType<typeof resolveDuplicates>;
  reached: number;
  sums: Record<string, unknown>;
}

/**
 * The fast path's IngestReport from what SQL and the judged rows found, worded by the ingest's
 * own summarizeImport, so every count, line list and warning reads as the TypeScript path's.
 */
export function fastReport(engine: FastEngine, table: string, file: Blob, job: FastImportJob, plan: FastPlan, f: Facts): IngestReport {
  const tally = newTally(job.sniff, job.mapping);
  const r = tally.report;
  const rejected: LineNote[] = [];
  const excluded: LineNote[] = [];
  const totals: { line: number; label: string; amount: number | null }[] = [];
  const dropped = new Set(f.dup.duplicates.map((d) => d.line));
  const blankRows: number[] = [];
  for (const { line, verdict: v } of f.judged) {
    if (v.kind === 'blank') {
      blankRows.push(line);
    } else if (v.kind === 'reject') {
      rejected.push({ line, reason: v.reason });
      if (v.missingCustomer) cap(tally.lines.missingCustomer, line);
    } else if (v.kind === 'exclude' || v.kind === 'totals') {
      excluded.push({ line, reason: v.reason });
      if (v.kind === 'totals') totals.push({ line, label: v.label, amount: v.amount });
      else if (v.why === 'future') cap(tally.lines.future, line);
      else if (v.why === 'old') cap(tally.lines.old, line);
    } else if (!dropped.has(line)) {
      if (v.badNumber) cap(tally.lines.badNumbers, line);
      if (v.currency) {
        const seen = tally.currencies.get(v.currency);
        if (seen) { seen.count++; cap(seen.lines, line); } else tally.currencies.set(v.currency, { count: 1, lines: [line] });
      }
    }
  }
  for (const d of f.dup.duplicates) excluded.push({ line: d.line, reason: `exact duplicate of line ${d.first}` });
  excluded.sort((a, b) => a.line - b.line);

  // Empty lines (from the scan) and delimiter-only rows (judged blank), in file order.
  r.blank_lines = mergeSorted(f.blank, blankRows).slice(0, MAX_NOTES);
  r.rows_read = f.total - blankRows.length;
  r.rows_imported = Number(f.sums.n);
  r.rows_rejected = rejected.length;
  r.rejected = rejected.slice(0, MAX_NOTES);
  r.rows_excluded = excluded.length;
  r.excluded = excluded.slice(0, MAX_NOTES);
  r.duplicates = f.dup.duplicates.length;
  r.returns = Number(f.sums.returns);
  r.zero_amounts = Number(f.sums.zero);
  r.bytes_read = file.size;
  if (r.returns > 0) tally.lines.returns = lineList(engine, `SELECT line FROM ${table} WHERE amount < 0 ORDER BY line LIMIT ${MAX_NOTES}`);
  if (r.zero_amounts > 0) tally.lines.zero = lineList(engine, `SELECT line FROM ${table} WHERE amount = 0 ORDER BY line LIMIT ${MAX_NOTES}`);
  tally.lines.identicalKept = f.dup.identicalKept.slice(0, MAX_NOTES);
  tally.conflicts = f.dup.conflicts;
  tally.dedupStopped = f.reached - f.dup.repeats > 5_000_000;
  if (f.sums.first !== null && f.sums.first !== undefined) {
    tally.minDay = Number(f.sums.first);
    tally.maxDay = Number(f.sums.last);
  }
  if (totals.length > 0) r.warnings.push(...totalsWarnings(engine, table, plan, totals));
  return summarizeImport(tally);
}

/**
 * RecordImporter's totals-row warnings, in line order: each compares the row's amount with the
 * sum of the amounts imported above it, added up in file order as the importer does.
 */
function totalsWarnings(engine: FastEngine, table: string, plan: FastPlan, totals: { line: number; label: string; amount: number | null }[]): string[] {
  const last = totals[totals.length - 1].line;
  const t = plan.col.amount === undefined ? null : engine.query(`SELECT line, amount FROM ${table} WHERE line < ${last} ORDER BY line`);
  const lines = (t?.getChild('line')?.toArray() ?? new Int32Array(0)) as Int32Array;
  const amounts = (t?.getChild('amount')?.toArray() ?? new Float64Array(0)) as Float64Array;
  const out: string[] = [];
  let sum = 0, k = 0;
  for (const { line, label, amount } of totals) {
    for (; k < lines.length && lines[k] < line; k++) sum += amounts[k];
    out.push(totalsWarning(line, label, amount, sum));
  }
  return out;
}

function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a.slice();
  return [...a, ...b].sort((x, y) => x - y);
}

function lineList(engine: FastEngine, sql: string): number[] {
  return Array.from(engine.query(sql).getChild('line')!.toArray() as Int32Array);
}

function cap(lines: number[], line: number): void {
  if (lines.length < MAX_NOTES) lines.push(line);
}
