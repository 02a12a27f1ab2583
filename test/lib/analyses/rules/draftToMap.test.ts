import { describe, it, expect } from 'vitest';
import { draftToMap } from '../../../../src/lib/analyses/rules/draftToMap';
import { mapToDraft } from '../../../../src/lib/analyses/rules/mapToDraft';
import type { DraftRow, RuleDraft } from '../../../../src/lib/analyses/rules/RuleDraft';
import { cn8Map } from '../../../../src/lib/sql/cn8Map';
import { rfm10Map } from '../../../../src/lib/sql/rfm10Map';

const row = (segment: string, r: [string, string], f: [string, string] = ['', ''], m: [string, string] = ['', '']): DraftRow => ({
  segment,
  range: { r: { from: r[0], to: r[1] }, f: { from: f[0], to: f[1] }, m: { from: m[0], to: m[1] } },
  flag: { r: 'any', f: 'any', m: 'any' },
});
const draft = (rows: DraftRow[], otherwise = 'Unassigned'): RuleDraft => ({ name: 'custom', kind: 'scores', rows, otherwise });

describe('draftToMap()', () => {
  it('draftToMap() keeps the row order and fills an empty bound with 1 or the top score', () => {
    const { map, problems } = draftToMap(draft([row(' 高价值 ', ['4', '']), row('Rest of F', ['', ''], ['', '2'])]), 5);
    expect(problems).toEqual([]);
    expect(map).toEqual({
      name: 'custom',
      rules: [{ segment: '高价值', when: { r: [4, 5] } }, { segment: 'Rest of F', when: { f: [1, 2] } }],
      otherwise: 'Unassigned',
    });
  });

  it('draftToMap() names the row and the problem for each mistake, and gives no map', () => {
    const { map, problems } = draftToMap(draft([
      row('A', ['1', '5']), row('B', ['1', '5']), row('C', ['5', '2']), row('', ['x', '3']), row('E', ['0', '6']), row('F', ['', '']),
    ], ' '), 5);
    expect(map).toBeNull();
    expect(problems).toEqual([
      { row: null, code: 'otherwise' },
      { row: 3, code: 'order', measure: 'r', from: '5', to: '2' },
      { row: 4, code: 'name' },
      { row: 4, code: 'number', measure: 'r', value: 'x' },
      { row: 5, code: 'scale', measure: 'r', value: '0' },
      { row: 5, code: 'scale', measure: 'r', value: '6' },
      { row: 6, code: 'empty' },
    ]);
  });

  it('draftToMap() refuses a map with no rows', () => {
    expect(draftToMap(draft([]), 5).problems).toEqual([{ row: null, code: 'noRows' }]);
  });

  it('draftToMap() turns map A\'s draft back into map A', () => {
    const back = draftToMap(mapToDraft(rfm10Map, { otherwise: 'Unassigned' }), 5);
    expect(back.map).toEqual(rfm10Map);
  });

  it('draftToMap() writes flags as r_high, f_high, m_high and leaves "any" untested', () => {
    const d = mapToDraft(cn8Map, { otherwise: 'Unassigned' });
    d.rows[0]!.flag.m = 'any';
    const { map } = draftToMap(d, 5);
    expect(map!.rules[0]).toEqual({ segment: '重要价值客户', when: { r_high: true, f_high: true } });
    expect(map!.rules.slice(1)).toEqual(cn8Map.rules.slice(1));
    expect(map!.otherwise).toBe('Unassigned');
    d.rows[1]!.flag = { r: 'any', f: 'any', m: 'any' };
    expect(draftToMap(d, 5).problems).toEqual([{ row: 2, code: 'empty' }]);
  });
});
