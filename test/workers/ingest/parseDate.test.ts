import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../workers/ingest/parseDate';
import { isoFromDays } from '../../../workers/ingest/isoFromDays';
import type { DateOrder } from '../../../workers/ingest/types';

const iso = (text: string, order: DateOrder = 'DMY') => {
  const r = parseDate(text, order);
  if (!r.ok) throw new Error(r.reason);
  return isoFromDays(r.days);
};

describe('parseDate', () => {
  it('parseDate() reads ISO dates and keeps the date of a date-time as written, whatever its zone', () => {
    expect(iso('2024-01-05')).toBe('2024-01-05');
    expect(iso('2024-01-05T09:30:00+08:00')).toBe('2024-01-05');
    expect(iso('2024-01-05T21:30:00-05:00')).toBe('2024-01-05');
    expect(iso('2024-01-05T14:30:00Z')).toBe('2024-01-05');
    expect(iso('2024-01-05 09:30:00')).toBe('2024-01-05');
    expect(iso('2024-01-05T09:30:00.123Z')).toBe('2024-01-05');
  });

  it('parseDate() reads YYYY/M/D, YYYYMMDD and 2024年1月5日', () => {
    expect(iso('2024/1/5')).toBe('2024-01-05');
    expect(iso('2024.01.05')).toBe('2024-01-05');
    expect(iso('20240105')).toBe('2024-01-05');
    expect(iso('2024年1月5日')).toBe('2024-01-05');
    expect(iso('2024年12月31日 10:00')).toBe('2024-12-31');
  });

  it('parseDate() reads slash dates in the order it is given', () => {
    expect(iso('05/01/2024', 'DMY')).toBe('2024-01-05');
    expect(iso('05/01/2024', 'MDY')).toBe('2024-05-01');
    expect(iso('13/01/2024', 'DMY')).toBe('2024-01-13');
    expect(iso('1/13/24', 'MDY')).toBe('2024-01-13');
    expect(iso('05-01-2024 10:00', 'DMY')).toBe('2024-01-05');
  });

  it('parseDate() with order YMD reads slash dates day-first unless only month-first fits', () => {
    expect(iso('05/01/2024', 'YMD')).toBe('2024-01-05');
    expect(iso('01/13/2024', 'YMD')).toBe('2024-01-13');
  });

  it('parseDate() reads dotted dates day-first (29.02.2024, 1.2.2024)', () => {
    expect(iso('29.02.2024', 'MDY')).toBe('2024-02-29');
    expect(iso('1.2.2024')).toBe('2024-02-01');
  });

  it('parseDate() reads 5-digit Excel serials, counting the 1900 leap-year bug', () => {
    expect(iso('45296')).toBe('2024-01-05');
    expect(iso('45296.75')).toBe('2024-01-05');
    expect(parseDate('2024').ok).toBe(false);
  });

  it('parseDate() reads month names with or without a weekday', () => {
    expect(iso('5-Jan-2024')).toBe('2024-01-05');
    expect(iso('Jan 5, 2024')).toBe('2024-01-05');
    expect(iso('Friday, 5 January 2024')).toBe('2024-01-05');
    expect(iso('5 Sept 2024')).toBe('2024-09-05');
    expect(iso('2024-Mar-05')).toBe('2024-03-05');
    expect(iso('3. März 2024')).toBe('2024-03-03');
    expect(iso('December 31st, 2023')).toBe('2023-12-31');
  });

  it('parseDate() rejects dates that do not exist instead of rolling them over', () => {
    expect(parseDate('2024-02-30')).toEqual({ ok: false, reason: 'invalid date "2024-02-30" (no day 30 in 2024-02)' });
    expect(parseDate('1900-02-29').ok).toBe(false);
    expect(parseDate('0000-00-00').ok).toBe(false);
    expect(parseDate('31/02/2024', 'DMY').ok).toBe(false);
    expect(parseDate('13/01/2024', 'MDY')).toEqual({ ok: false, reason: 'invalid date "13/01/2024" (no month 13; read as M/D/Y)' });
  });

  it('parseDate() rejects text that is not a date, and reports an empty cell as missing', () => {
    expect(parseDate('yesterday')).toEqual({ ok: false, reason: 'invalid date "yesterday" (unrecognised format)' });
    expect(parseDate('5 Foo 2024').ok).toBe(false);
    expect(parseDate('2024-01-05 nonsense').ok).toBe(false);
    expect(parseDate('  ')).toEqual({ ok: false, reason: 'missing date' });
  });

  it('parseDate() names the format it read', () => {
    const format = (t: string) => { const r = parseDate(t); return r.ok ? r.format : null; };
    expect(format('2024-01-05')).toBe('iso');
    expect(format('20240105')).toBe('yyyymmdd');
    expect(format('45296')).toBe('excel serial');
    expect(format('Jan 5, 2024')).toBe('month name');
  });
});
