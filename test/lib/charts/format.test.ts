import { describe, expect, it } from 'vitest';
import { formats, round2 } from '../../../src/lib/charts/format';

describe('formats', () => {
  it('formats() groups, abbreviates and formats money by locale', () => {
    const en = formats('en', 'USD');
    const zh = formats('zh-CN', 'CNY');
    expect(en.int(1234567.8)).toBe('1,234,568');
    expect(en.compact(9999)).toBe('9,999');
    expect(en.compact(123456)).toBe('123.5K');
    expect(zh.compact(123456789)).toBe('1.2亿');
    expect(en.money(1234.5)).toBe('$1,234.50');
    expect(zh.money(1234.5)).toBe('¥1,234.50');
    expect(en.moneyShort(4.123)).toBe('$4.12');
    expect(en.moneyShort(0)).toBe('$0');
    expect(en.moneyShort(1234.5)).toBe('$1,235');
    expect(en.moneyShort(165000)).toBe('$165K');
    expect(zh.moneyShort(165000)).toBe('¥16.5万');
  });

  it('formats() gives small shares more decimals', () => {
    const f = formats('en');
    expect([0, 0.0004, 0.042, 0.714, 1, -0.083].map(f.pct)).toEqual(['0%', '0.04%', '4.2%', '71%', '100%', '-8.3%']);
  });

  it('formats() names months and leaves other strings alone', () => {
    expect(formats('en').month('2024-01')).toBe('Jan 2024');
    expect(formats('zh-CN').month('2024-12')).toBe('2024年12月');
    expect(formats('en').month('2024-W05')).toBe('2024-W05');
  });

  it('formats() survives an unknown currency and non-finite numbers', () => {
    const f = formats('en', 'XYZ1');
    expect(f.money(12)).toBe('12 XYZ1');
    expect(f.moneyShort(12345)).toBe('12.3K XYZ1');
    expect(f.int(Number.NaN)).toBe('0');
  });

  it('round2() rounds to 0.01 without negative zero', () => {
    expect(round2(1.23456)).toBe(1.23);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});
