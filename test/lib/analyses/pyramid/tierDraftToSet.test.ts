import { describe, it, expect } from 'vitest';
import { tierDraftToSet } from '../../../../src/lib/analyses/pyramid/tierDraftToSet';

describe('tierDraftToSet()', () => {
  it('tierDraftToSet() turns percents into shares; the last tier takes the rest whatever it says', () => {
    const { set, problems } = tierDraftToSet([{ name: '重要客户', pct: '1' }, { name: '次要客户', pct: '19' }, { name: '普通客户', pct: '30' }, { name: '小客户', pct: '' }]);
    expect(problems).toEqual([]);
    expect(set!.tiers.map((t) => t.share)).toEqual([0.01, 0.19, 0.3, 0.5]);
    expect(tierDraftToSet([{ name: 'P', pct: '5' }, { name: 'I', pct: 'x' }], 'Lead').set).toEqual({ tiers: [{ name: 'P', share: 0.05 }, { name: 'I', share: 0.95 }], nonPositive: 'Lead' });
  });

  it('tierDraftToSet() names the tier and the problem', () => {
    const { set, problems } = tierDraftToSet([{ name: 'A', pct: '60' }, { name: '', pct: 'abc' }, { name: 'A', pct: '50' }, { name: 'D', pct: '' }]);
    expect(set).toBeNull();
    expect(problems).toEqual([
      { tier: 2, code: 'name' },
      { tier: 2, code: 'share', value: 'abc' },
      { tier: 3, code: 'duplicate', value: 'A' },
      { tier: null, code: 'sum', value: '110' },
    ]);
    expect(tierDraftToSet([{ name: 'A', pct: '0' }, { name: 'B', pct: '' }]).problems).toEqual([{ tier: 1, code: 'share', value: '0' }]);
    expect(tierDraftToSet([{ name: 'A', pct: '100' }, { name: 'B', pct: '' }]).problems).toEqual([{ tier: null, code: 'sum', value: '100' }]);
  });
});
