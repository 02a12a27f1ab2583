import { describe, expect, it } from 'vitest';
import { hasLabel, label } from '../../../src/lib/charts/labels';

describe('label', () => {
  it('label() fills placeholders in both languages', () => {
    expect(label('en', 'lorenz.reading', { x: '20%', y: '71%', g: '0.62' })).toBe('The top 20% of customers bring 71% of revenue (Gini 0.62)');
    expect(label('zh-CN', 'lorenz.reading', { x: '20%', y: '71%', g: '0.62' })).toBe('前 20% 的客户贡献了 71% 的收入（基尼系数 0.62）');
  });

  it('label() capitalises {Name} placeholders and leaves unknown ones', () => {
    expect(label('en', 'cohort.x', { unit: 'months' })).toBe('Months since first order');
    expect(label('en', 'other')).toBe('Other ({n})');
  });

  it('hasLabel() knows the catalogue keys', () => {
    expect(hasLabel('stage.decline')).toBe(true);
    expect(hasLabel('stage.<script>')).toBe(false);
    expect(hasLabel('toString')).toBe(false);
  });
});
