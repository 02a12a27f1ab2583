import { describe, it, expect } from 'vitest';
import { mapToDraft } from '../../../../src/lib/analyses/rules/mapToDraft';
import { draftToMap } from '../../../../src/lib/analyses/rules/draftToMap';
import { cn8Map } from '../../../../src/lib/sql/cn8Map';
import { rf10Map } from '../../../../src/lib/sql/rf10Map';
import { rfm10Map } from '../../../../src/lib/sql/rfm10Map';

describe('mapToDraft()', () => {
  it('mapToDraft() gives map A\'s rules as score ranges, Others as the unmatched group', () => {
    const d = mapToDraft(rfm10Map, { otherwise: 'Unassigned' });
    expect(d.kind).toBe('scores');
    expect(d.otherwise).toBe('Others');
    expect(d.rows[1]).toEqual({
      segment: 'Potential Loyalist',
      range: { r: { from: '3', to: '5' }, f: { from: '3', to: '5' }, m: { from: '2', to: '5' } },
      flag: { r: 'any', f: 'any', m: 'any' },
    });
  });

  it('mapToDraft() reads map B\'s RF patterns as R and F ranges with M left open', () => {
    const d = mapToDraft(rf10Map, { otherwise: 'Unassigned' });
    expect(d.rows[2]!.range).toEqual({ r: { from: '1', to: '2' }, f: { from: '5', to: '5' }, m: { from: '', to: '' } });
    expect(draftToMap(d, 5).map!.rules[2]).toEqual({ segment: "can't lose", when: { r: [1, 2], f: [5, 5] } });
  });

  it('mapToDraft() gives map C as flags and a named group for the unmatched, with renamed segments', () => {
    const d = mapToDraft(cn8Map, { otherwise: '未分配', rename: (s) => `${s}!`, name: 'custom' });
    expect(d).toMatchObject({ name: 'custom', kind: 'flags', otherwise: '未分配' });
    expect(d.rows[3]).toMatchObject({ segment: '重要挽留客户!', flag: { r: 'low', f: 'low', m: 'high' } });
  });

  it('mapToDraft() refuses a map that tests columns the editor cannot show', () => {
    expect(() => mapToDraft({ name: 'x', rules: [{ segment: 'a', when: { single_order: true } }] }, { otherwise: 'o' }))
      .toThrow('segment map x: rules on single_order cannot be edited here');
  });
});
