import type { SegmentCondition, SegmentMap } from '../sql/SegmentMap';

/** One condition of a rule as shown in the rule table. */
export type RuleCell =
  | { kind: 'any' }
  | { kind: 'range'; lo: number; hi: number }
  | { kind: 'flag'; high: boolean }
  | { kind: 'text'; text: string };

/** A segment map as a table: one column per measure (R, F, M), one row per rule in order. */
export interface RuleTable {
  /** Measures in display order: r, f, m first, then any other column a user map tests. */
  columns: string[];
  rows: { segment: string; cells: RuleCell[] }[];
  /** The segment of customers no rule matches (absent when the rules cover everyone). */
  otherwise?: string;
}

const FLAGS: Record<string, string> = { r_high: 'r', f_high: 'f', m_high: 'm' };
// A two-digit "RF" pattern is R's digit (or class) then F's: [1-2][3-4], 33, 5[4-5].
const ATOM = /\[(\d)-(\d)\]|(\d)/y;

function atoms(regex: string): [number, number][] | null {
  const out: [number, number][] = [];
  ATOM.lastIndex = 0;
  while (ATOM.lastIndex < regex.length) {
    const m = ATOM.exec(regex);
    if (!m) return null;
    out.push(m[3] !== undefined ? [+m[3], +m[3]] : [+m[1]!, +m[2]!]);
  }
  return out;
}

function cellsOf(column: string, cond: SegmentCondition): [string, RuleCell][] {
  if (typeof cond === 'boolean') return [[FLAGS[column] ?? column, { kind: 'flag', high: cond }]];
  if (typeof cond === 'number') return [[column, { kind: 'range', lo: cond, hi: cond }]];
  if (Array.isArray(cond)) return [[column, { kind: 'range', lo: cond[0], hi: cond[1] }]];
  if (column === 'rf') {
    const a = atoms(cond.regex);
    if (a && a.length === 2) return [['r', { kind: 'range', lo: a[0]![0], hi: a[0]![1] }], ['f', { kind: 'range', lo: a[1]![0], hi: a[1]![1] }]];
  }
  return [[column, { kind: 'text', text: cond.regex }]];
}

/**
 * The rules of a segment map as data for display: ranges such as 3-5, the 高/低 flags of map C
 * under R, F and M, and map B's "RF" patterns split into an R and an F range. A condition this
 * cannot read (a user's own pattern) is shown as written.
 */
export function ruleTable(map: SegmentMap): RuleTable {
  const parsed = map.rules.map((rule) => ({
    segment: rule.segment,
    cells: new Map(Object.entries(rule.when).flatMap(([col, cond]) => cellsOf(col, cond))),
  }));
  const seen = new Set(parsed.flatMap((r) => [...r.cells.keys()]));
  const columns = [...['r', 'f', 'm'].filter((c) => seen.has(c)), ...[...seen].filter((c) => !['r', 'f', 'm'].includes(c))];
  return {
    columns,
    rows: parsed.map((r) => ({ segment: r.segment, cells: columns.map((c): RuleCell => r.cells.get(c) ?? { kind: 'any' }) })),
    ...(map.otherwise === undefined ? {} : { otherwise: map.otherwise }),
  };
}

/** A rule cell as text: "3–5", "5", "any"; flags come back as the words given for high and low. */
export function ruleCellText(cell: RuleCell, words: { any: string; high: string; low: string }): string {
  switch (cell.kind) {
    case 'any':
      return words.any;
    case 'range':
      return cell.lo === cell.hi ? String(cell.lo) : `${cell.lo}–${cell.hi}`;
    case 'flag':
      return cell.high ? words.high : words.low;
    case 'text':
      return cell.text;
  }
}
