import { describe, it, expect } from 'vitest';
import { utf8Vector } from '../../../workers/import/utf8Vector';

describe('utf8Vector', () => {
  it('utf8Vector() keeps ASCII, CJK, accents, emoji and nulls exactly', () => {
    const values = ['C000001', null, '咖啡豆', 'Übergröße Hoodie', 'mixed 客户 ok', '', '🎉 party', undefined, 'x'.repeat(1000)];
    const v = utf8Vector(values);
    expect(v.length).toBe(values.length);
    expect(v.nullCount).toBe(2);
    expect([...v]).toEqual(values.map((x) => x ?? null));
  });

  it('utf8Vector() grows its buffer for long multibyte values', () => {
    const long = '华'.repeat(50_000);
    const v = utf8Vector(['a', long, 'b']);
    expect(v.get(1)).toBe(long);
    expect(v.get(2)).toBe('b');
  });
});
