import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrap } from '../../../src/lib/charts/text';

describe('text', () => {
  it('textWidth() counts CJK characters as a full em', () => {
    expect(textWidth('客户', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(12);
  });

  it('truncate() cuts with an ellipsis only when needed', () => {
    expect(truncate('short', 100, 12)).toBe('short');
    const cut = truncate('华东大区上海市浦东新区陆家嘴', 60, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(60);
  });

  it('wrap() breaks Latin at spaces and CJK anywhere, ending long text with an ellipsis', () => {
    expect(wrap('one two three four', 60, 10, 3)).toEqual(['one two', 'three four']);
    const zh = wrap('前 20% 的客户贡献了 71% 的收入', 80, 10, 2);
    expect(zh.length).toBe(2);
    expect(wrap('a '.repeat(80), 50, 10, 2)[1].endsWith('…')).toBe(true);
    expect(wrap('', 50, 10, 2)).toEqual([]);
  });
});
