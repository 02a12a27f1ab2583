import { describe, it, expect } from 'vitest';
import { draftProblemText } from '../../../../src/lib/analyses/rules/draftProblemText';
import { translator } from '../translate';

describe('draftProblemText()', () => {
  it('draftProblemText() names the row, the measure and the expectation in English and Chinese', () => {
    const p = { row: 3, code: 'order', measure: 'r', from: '5', to: '2' } as const;
    const ctx = { scale: 5, otherwise: 'Others' };
    expect(draftProblemText(p, translator('en'), ctx)).toBe('row 3: R from 5 to 2 (expected from <= to)');
    expect(draftProblemText(p, translator('zh-CN'), ctx)).toBe('第 3 行：R 从 5 到 2（“从”应不大于“到”）');
    expect(draftProblemText({ row: 2, code: 'scale', measure: 'm', value: '7' }, translator('en'), ctx)).toBe('row 2: M 7 is not a score (expected 1..5)');
    expect(draftProblemText({ row: null, code: 'noRows' }, translator('en'), ctx)).toBe('the map has no rules (add at least one)');
  });
});
