import { describe, it, expect } from 'vitest';
import { addDays, daysBetween, defaultCalibrationEnd, defaultSnapshots, isIsoDate, snapshotProblem } from '../../../src/lib/analyses/dates';

describe('dates', () => {
  it('isIsoDate() accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('addDays() and daysBetween() count whole UTC days across months and leap years', () => {
    expect(addDays('2025-01-01', -180)).toBe('2024-07-05');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2024-07-05', '2025-01-01')).toBe(180);
    expect(() => addDays('2024-13-01', 1)).toThrow('invalid date');
  });

  it('defaultSnapshots() compares the reference date with 180 days before it', () => {
    expect(defaultSnapshots('2025-01-01')).toEqual({ before: '2024-07-05', after: '2025-01-01' });
  });

  it('snapshotProblem() names bad or reversed dates', () => {
    expect(snapshotProblem('2024-07-05', '2025-01-01')).toBeNull();
    expect(snapshotProblem('2025-01-01', '2025-01-01')).toBe('an.life.order');
    expect(snapshotProblem('', '2025-01-01')).toBe('an.life.badDate');
  });

  it('defaultCalibrationEnd() holds out a third of the span, at most a year; none under 30 days', () => {
    expect(defaultCalibrationEnd('2022-01-01', '2024-12-31')).toBe('2024-01-01');
    // CDNOW: 545 days, so 182 held out.
    expect(defaultCalibrationEnd('1997-01-01', '1998-06-30')).toBe('1997-12-30');
    expect(defaultCalibrationEnd('2024-04-01', '2024-04-06')).toBeNull();
  });
});
