import type { BenchReport, BenchRun } from './types';

const HEAD = ['size', 'step', 'browser ms', 'native ms', 'ratio', 'wasm B/row', 'peak B/row', 'error'];

/** "1,000,000" style sizes and right-aligned figures; '–' for no value. */
function cells(r: BenchRun): string[] {
  const n = (v: number | null, digits = 0) => (v === null ? '–' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return [
    r.size.toLocaleString('en-US'), r.step, n(r.browser_ms, r.browser_ms !== null && r.browser_ms < 10 ? 1 : 0), n(r.native_ms, r.native_ms !== null && r.native_ms < 10 ? 1 : 0),
    n(r.ratio, 2), n(r.wasm_bytes_per_row, 1), n(r.wasm_peak_bytes_per_row ?? null, 1), r.error ?? '',
  ];
}

/** Drop the error column when no run has one, so the common case stays narrow. */
function columns(runs: BenchRun[]): number {
  return runs.some((r) => r.error) ? HEAD.length : HEAD.length - 1;
}

/** Error text width on the terminal; the JSON and bench.md keep the whole message. */
const TERMINAL_ERROR = 90;

/** A fixed-width table for the terminal. */
export function textTable(report: BenchReport): string {
  const k = columns(report.runs);
  const clip = (c: string[]) => c.slice(0, k).map((v, i) => (i === 7 && v.length > TERMINAL_ERROR ? `${v.slice(0, TERMINAL_ERROR - 1)}…` : v));
  const rows = [HEAD.slice(0, k), ...report.runs.map((r) => clip(cells(r)))];
  const width = HEAD.slice(0, k).map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => (i < 2 || i === 7 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ').trimEnd();
  return [line(rows[0]), width.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, with the machine and notes above it, for the README. */
export function markdownTable(report: BenchReport, notes: string[]): string {
  const k = columns(report.runs);
  const esc = (s: string) => s.replaceAll('|', '\\|');
  const m = report.machine;
  const align = ['---', '---', '---:', '---:', '---:', '---:', '---:', '---'].slice(0, k);
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
