import type { SegmentCondition, SegmentMap } from '../../sql/SegmentMap';
import type { DraftProblem } from './DraftProblem';
import type { Measure, RuleDraft } from './RuleDraft';

const MEASURES: readonly Measure[] = ['r', 'f', 'm'];

/**
 * Check a draft from the rule editor and turn it into a segment map: each row a rule in the same
 * order (first match wins), score bounds whole numbers in 1..`scale` with from <= to (an empty
 * bound means 1 or `scale`; both empty = any), flags as the r_high/f_high/m_high columns. Every
 * problem is reported with its row; the map is null while there is any.
 */
export function draftToMap(draft: RuleDraft, scale: number): { map: SegmentMap | null; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (draft.rows.length === 0) problems.push({ row: null, code: 'noRows' });
  if (!draft.otherwise.trim()) problems.push({ row: null, code: 'otherwise' });
  const rules = draft.rows.map((d, i) => {
    const row = i + 1;
    const when: Record<string, SegmentCondition> = {};
    if (!d.segment.trim()) problems.push({ row, code: 'name' });
    for (const m of MEASURES) {
      if (draft.kind === 'flags') {
        if (d.flag[m] !== 'any') when[`${m}_high`] = d.flag[m] === 'high';
        continue;
      }
      const from = d.range[m].from.trim();
      const to = d.range[m].to.trim();
      if (!from && !to) continue;
      const bound = (text: string, fallback: number): number | null => {
        if (!text) return fallback;
        if (!/^-?\d+$/.test(text)) return problems.push({ row, code: 'number', measure: m, value: text }), null;
        const n = Number(text);
        if (n < 1 || n > scale) return problems.push({ row, code: 'scale', measure: m, value: text }), null;
        return n;
      };
      const lo = bound(from, 1);
      const hi = bound(to, scale);
      if (lo === null || hi === null) continue;
      if (lo > hi) problems.push({ row, code: 'order', measure: m, from: String(lo), to: String(hi) });
      else when[m] = [lo, hi];
    }
    const tested = MEASURES.some((m) => (draft.kind === 'flags' ? d.flag[m] !== 'any' : d.range[m].from.trim() || d.range[m].to.trim()));
    if (!tested) problems.push({ row, code: 'empty' });
    return { segment: d.segment.trim(), when };
  });
  if (problems.length > 0) return { map: null, problems };
  return { map: { name: draft.name, rules, otherwise: draft.otherwise.trim() }, problems };
}
