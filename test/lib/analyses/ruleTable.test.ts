import { describe, it, expect } from 'vitest';
import { ruleCellText, ruleTable } from '../../../src/lib/analyses/ruleTable';
import { cn8Map } from '../../../src/lib/sql/cn8Map';
import { rf10Map } from '../../../src/lib/sql/rf10Map';
import { rfm10Map } from '../../../src/lib/sql/rfm10Map';
import type { SegmentMap } from '../../../src/lib/sql/SegmentMap';

const words = { any: 'any', high: 'high', low: 'low' };
const text = (map: SegmentMap) =>
  ruleTable(map).rows.map((r) => [r.segment, ...r.cells.map((c) => ruleCellText(c, words))]);

describe('ruleTable()', () => {
  it('shows map A as R, F, M ranges in rule order, with Others for the rest', () => {
    const t = ruleTable(rfm10Map);
    expect(t.columns).toEqual(['r', 'f', 'm']);
    expect(t.otherwise).toBe('Others');
    expect(text(rfm10Map).slice(0, 2)).toEqual([['Champions', '5', '5', '5'], ['Potential Loyalist', '3–5', '3–5', '2–5']]);
    expect(text(rfm10Map).at(-1)).toEqual(['Lost', '1', '1–5', '1–5']);
  });

  it('splits map B\'s RF patterns into an R and an F range; M is any', () => {
    expect(ruleTable(rf10Map).columns).toEqual(['r', 'f']);
    expect(text(rf10Map)).toEqual([
      ['hibernating', '1–2', '1–2'], ['at risk', '1–2', '3–4'], ["can't lose", '1–2', '5'], ['about to sleep', '3', '1–2'],
      ['need attention', '3', '3'], ['loyal', '3–4', '4–5'], ['promising', '4', '1'], ['new', '5', '1'],
      ['potential loyalist', '4–5', '2–3'], ['champions', '5', '4–5'],
    ]);
  });

  it('shows map C\'s flags as high and low under R, F and M, with no Others', () => {
    const t = ruleTable(cn8Map);
    expect(t.columns).toEqual(['r', 'f', 'm']);
    expect(t.otherwise).toBeUndefined();
    expect(text(cn8Map)[1]).toEqual(['重要发展客户', 'high', 'low', 'high']);
  });

  it('keeps a condition it cannot read as written, and marks untested measures as any', () => {
    const map: SegmentMap = { name: 'mine', rules: [{ segment: 'Odd', when: { rf: { regex: '[135]5' } } }, { segment: 'Big', when: { monetary: [100, 1e9] } }] };
    const t = ruleTable(map);
    expect(t.columns).toEqual(['rf', 'monetary']);
    expect(text(map)).toEqual([['Odd', '[135]5', 'any'], ['Big', 'any', '100–1000000000']]);
  });
});
