import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../workers/ingest/parseAmount';

const value = (text: string, decimalComma = false) => {
  const r = parseAmount(text, decimalComma);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('parseAmount', () => {
  it('parseAmount() reads plain numbers, signs and surrounding spaces', () => {
    expect(value('12.00')).toBe(12);
    expect(value('-45.00')).toBe(-45);
    expect(value(' 19.99 ')).toBe(19.99);
    expect(value('+7')).toBe(7);
    expect(value('0')).toBe(0);
  });

  it('parseAmount() reads 1.234,56 with decimal comma', () => {
    expect(value('1.234,56', true)).toBe(1234.56);
    expect(value('12.345,00', true)).toBe(12345);
    expect(value('1.000.000,00', true)).toBe(1000000);
    expect(value('12,50', true)).toBe(12.5);
  });

  it('parseAmount() settles "1.234" and "1,234" by the column decimal comma', () => {
    expect(value('1.234', true)).toBe(1234);
    expect(value('1.234', false)).toBe(1.234);
    expect(value('1,234', false)).toBe(1234);
    expect(value('1,234', true)).toBe(1.234);
  });

  it('parseAmount() reads an unambiguous cell the same whatever the column says', () => {
    for (const dc of [true, false]) {
      expect(value('1,234.50', dc)).toBe(1234.5);
      expect(value('1.234,50', dc)).toBe(1234.5);
      expect(value('0,99', dc)).toBe(0.99);
      expect(value('12.5', dc)).toBe(12.5);
    }
  });

  it('parseAmount() names the currency of symbols and codes before or after the number', () => {
    expect(parseAmount('¥1,234.50')).toEqual({ ok: true, value: 1234.5, currency: 'CNY/JPY' });
    expect(parseAmount('￥88')).toEqual({ ok: true, value: 88, currency: 'CNY/JPY' });
    expect(parseAmount('$12')).toEqual({ ok: true, value: 12, currency: 'USD' });
    expect(parseAmount('1 234,50 €')).toEqual({ ok: true, value: 1234.5, currency: 'EUR' });
    expect(parseAmount('€1.234,50')).toEqual({ ok: true, value: 1234.5, currency: 'EUR' });
    expect(parseAmount('USD 1,234.50')).toEqual({ ok: true, value: 1234.5, currency: 'USD' });
    expect(parseAmount('1,234.50 CNY')).toEqual({ ok: true, value: 1234.5, currency: 'CNY' });
    expect(parseAmount('RMB 88')).toEqual({ ok: true, value: 88, currency: 'CNY' });
    expect(parseAmount('88元')).toEqual({ ok: true, value: 88, currency: 'CNY' });
    expect(parseAmount('£7.5')).toEqual({ ok: true, value: 7.5, currency: 'GBP' });
  });

  it('parseAmount() reads thousands separated by NBSP, narrow NBSP and apostrophes', () => {
    expect(value('1\u00A0234,50\u00A0€')).toBe(1234.5);
    expect(value('1\u202F234,50\u00A0€')).toBe(1234.5);
    expect(value("1'234.50")).toBe(1234.5);
    expect(value('12 345')).toBe(12345);
  });

  it('parseAmount() reads accounting parentheses, a trailing minus and the Unicode minus as negative', () => {
    expect(value('(12.00)')).toBe(-12);
    expect(value('12.00-')).toBe(-12);
    expect(value('\u221212.00')).toBe(-12);
    expect(value('-$5.25')).toBe(-5.25);
    expect(value('$-5.25')).toBe(-5.25);
    expect(value('($1,000.00)')).toBe(-1000);
  });

  it('parseAmount() turns "-0.00" into a plain zero', () => {
    expect(Object.is(value('-0.00'), 0)).toBe(true);
  });

  it('parseAmount() rejects text, broken grouping and an empty cell with a reason', () => {
    expect(parseAmount('abc')).toEqual({ ok: false, reason: 'invalid amount "abc"' });
    expect(parseAmount('12.3.4')).toEqual({ ok: false, reason: 'invalid amount "12.3.4"' });
    expect(parseAmount('#VALUE!').ok).toBe(false);
    expect(parseAmount('$')).toEqual({ ok: false, reason: 'invalid amount "$"' });
    expect(parseAmount('  ')).toEqual({ ok: false, reason: 'missing amount' });
    expect(parseAmount('$12 €').ok).toBe(false);
    expect(parseAmount('--5')).toEqual({ ok: false, reason: 'invalid amount "--5"' });
    expect(parseAmount('(-5)').ok).toBe(false);
    expect(parseAmount('1e999')).toEqual({ ok: false, reason: 'invalid amount "1e999"' });
    expect(value('1.5e3')).toBe(1500);
  });
});
