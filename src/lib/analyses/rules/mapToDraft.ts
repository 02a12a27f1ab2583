import type { SegmentMap } from '../../sql/SegmentMap';
import { ruleTable } from '../ruleTable';
import type { DraftRow, Measure, RuleDraft } from './RuleDraft';

const MEASURES: readonly Measure[] = ['r', 'f', 'm'];

/**
 * A segment map as rows of the rule editor. Map B's "RF" patterns become R and F ranges (the same
 * customers on 1..5 scores), map C's flags become high/low. `rename` turns segment names into the
 * names the new draft should carry (e.g. the interface language's, when a user copies a map);
 * `otherwise` names the unmatched customers when the map has no such segment (map C).
 * Throws when a rule tests something the editor cannot show (a column other than R, F, M).
 */
export function mapToDraft(map: SegmentMap, opts: { otherwise: string; rename?: (segment: string) => string; name?: string }): RuleDraft {
  const table = ruleTable(map);
  const odd = table.columns.find((c) => !(MEASURES as readonly string[]).includes(c));
  if (odd !== undefined) throw new Error(`segment map ${map.name}: rules on ${odd} cannot be edited here (only R, F, M)`);
  const kind = table.rows.some((r) => r.cells.some((c) => c.kind === 'flag')) ? 'flags' : 'scores';
  const rename = opts.rename ?? ((s: string) => s);
  const rows = table.rows.map((r, i): DraftRow => {
    const row: DraftRow = {
      segment: rename(r.segment),
      range: { r: { from: '', to: '' }, f: { from: '', to: '' }, m: { from: '', to: '' } },
      flag: { r: 'any', f: 'any', m: 'any' },
    };
    table.columns.forEach((col, j) => {
      // SAFETY: every column was checked against MEASURES above.
      const m = col as Measure;
      const cell = r.cells[j]!;
      if (cell.kind === 'range') row.range[m] = { from: String(cell.lo), to: String(cell.hi) };
      else if (cell.kind === 'flag') row.flag[m] = cell.high ? 'high' : 'low';
      else if (cell.kind === 'text') throw new Error(`segment map ${map.name}, rule ${i + 1}: pattern ${cell.text} cannot be edited here`);
    });
    return row;
  });
  return { name: opts.name ?? map.name, kind, rows, otherwise: map.otherwise === undefined ? opts.otherwise : rename(map.otherwise) };
}
