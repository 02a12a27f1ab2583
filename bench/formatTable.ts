import type { BenchReport, BenchRun } from './types';

const HEAD = ['size', 'step', 'browser ms', 'native ms', 'ratio', 'native 1T ms', 'ratio 1T', 'wasm B/row', 'peak B/row', 'error'];
/** The error column's index: last, left-aligned, present only when a run failed. */
const ERROR = HEAD.length - 1;

/** "1,000,000" style sizes and right-aligned figures; '–' for no value. */
function cells(r: BenchRun): string[] {
  const n = (v: number | null, digits = 0) => (v === null ? '–' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const time = (v: number | null) => n(v, v !== null && v < 10 ? 1 : 0);
  return [
    r.size.toLocaleString('en-US'), r.step, time(r.browser_ms), time(r.native_ms), n(r.ratio, 2),
    time(r.native_1thread_ms), n(r.ratio_1thread, 2), n(r.wasm_bytes_per_row, 1), n(r.wasm_peak_bytes_per_row, 1), r.error ?? '',
  ];
}

/** Drop the error column when no run has one, so the common case stays narrow. */
function columns(runs: BenchRun[]): number {
  return runs.some((r) => r.error) ? HEAD.length : ERROR;
}

/** Error text width on the terminal; the JSON and bench.md keep the whole message. */
const TERMINAL_ERROR = 90;

/** A fixed-width table for the terminal. */
export function textTable(report: BenchReport): string {
  const k = columns(report.runs);
  const clip = (c: string[]) => c.slice(0, k).map((v, i) => (i === ERROR && v.length > TERMINAL_ERROR ? `${v.slice(0, TERMINAL_ERROR - 1)}…` : v));
  const rows = [HEAD.slice(0, k), ...report.runs.map((r) => clip(cells(r)))];
  const width = HEAD.slice(0, k).map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => (i < 2 || i === ERROR ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ').trimEnd();
  return [line(rows[0]), width.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, with the machine and notes above it, for the README. */
export function markdownTable(report: BenchReport, notes: string[]): string {
  const k = columns(report.runs);
  const esc = (s: string) => s.replaceAll('|', '\\|');
  const m = report.machine;
  const align = HEAD.map((_, i) => (i < 2 || i === ERROR ? '---' : '---:')).slice(0, k);
  return [
    `Machine: ${m.cpus} CPUs, ${m.memory_gb} GB, ${m.browser}, Node ${m.node}.`,
    '',
    `| ${HEAD.slice(0, k).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...report.runs.map((r) => `| ${cells(r).slice(0, k).map(esc).join(' | ')} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
