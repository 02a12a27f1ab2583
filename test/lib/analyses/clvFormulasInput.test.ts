import { describe, expect, it } from 'vitest';
import { clvFormulasInput, type ClvFormulasForm } from '../../../src/lib/analyses/clvFormulasInput';
import { clvGroupLabel } from '../../../src/lib/analyses/clvGroupLabel';
import { translator } from './translate';

const FORM: ClvFormulasForm = { period: 'year', ratePct: 10, horizon: 3, value: 'revenue', groupBy: 'tier', dwyerBy: 'cohort', states: 5 };

describe('clvFormulasInput()', () => {
  it('clvFormulasInput() turns the percent into a rate and passes the rest through', () => {
    expect(clvFormulasInput(FORM)).toEqual({ req: { period: 'year', rate: 0.1, horizon: 3, value: 'revenue', groupBy: 'tier', dwyerBy: 'cohort', states: 5 } });
  });

  it('clvFormulasInput() names the first bad number, an empty input included', () => {
    expect(clvFormulasInput({ ...FORM, ratePct: -1 })).toEqual({ problem: { key: 'an.clvf.bad.rate', value: '-1' } });
    expect(clvFormulasInput({ ...FORM, horizon: 2.5 })).toEqual({ problem: { key: 'an.clvf.bad.horizon', value: '2.5' } });
    // SAFETY: an emptied <input type=number> binds null.
    expect(clvFormulasInput({ ...FORM, states: null as unknown as number })).toEqual({ problem: { key: 'an.clvf.bad.states', value: 'null' } });
  });
});

describe('clvGroupLabel()', () => {
  it('clvGroupLabel() shows segments and tiers in the interface language, cohorts as they are', () => {
    const zh = translator('zh-CN');
    expect(clvGroupLabel('segment_rfm10', 'Champions', zh)).toBe('冠军客户');
    expect(clvGroupLabel('tier', '重要客户', translator('en'))).toBe('Key customers');
    expect(clvGroupLabel('cohort', '2024-Q1', zh)).toBe('2024-Q1');
    expect(clvGroupLabel('all', 'all', zh)).toBe('全部客户');
    expect(clvGroupLabel('tier', null, translator('en'))).toBe('(no value)');
  });
});
