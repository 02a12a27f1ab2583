import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../../workers/ingest/daysFromCivil';
import { isoFromDays } from '../../../workers/ingest/isoFromDays';
import { excelSerialToDays } from '../../../workers/ingest/excelSerialToDays';

describe('calendar arithmetic', () => {
  it('daysFromCivil() counts days since 1970-01-01 and agrees with Date.UTC over 1900..2100', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2024, 1, 5)).toBe(19727);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    for (let days = daysFromCivil(1900, 1, 1)!; days <= daysFromCivil(2100, 12, 31)!; days += 7) {
      const d = new Date(days * 86_400_000);
      expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(days);
    }
  });

  it('daysFromCivil() returns null for dates that do not exist', () => {
    expect(daysFromCivil(2024, 2, 30)).toBeNull();
    expect(daysFromCivil(1900, 2, 29)).toBeNull();
    expect(daysFromCivil(2000, 2, 29)).toBe(11016);
    expect(daysFromCivil(2024, 13, 1)).toBeNull();
    expect(daysFromCivil(0, 1, 1)).toBeNull();
  });

  it('isoFromDays() inverts daysFromCivil()', () => {
    for (const iso of ['1899-12-30', '1970-01-01', '2000-02-29', '2024-12-31', '9999-12-31']) {
      const [y, m, d] = iso.split('-').map(Number);
      expect(isoFromDays(daysFromCivil(y, m, d)!)).toBe(iso);
    }
  });

  it('excelSerialToDays() follows the 1900 system with its phantom 1900-02-29', () => {
    expect(isoFromDays(excelSerialToDays(1)!)).toBe('1900-01-01');
    expect(isoFromDays(excelSerialToDays(59)!)).toBe('1900-02-28');
    expect(excelSerialToDays(60)).toBeNull();
    expect(isoFromDays(excelSerialToDays(61)!)).toBe('1900-03-01');
    expect(isoFromDays(excelSerialToDays(45296.5)!)).toBe('2024-01-05');
    expect(excelSerialToDays(0)).toBeNull();
  });
});
