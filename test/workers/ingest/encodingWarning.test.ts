import { describe, expect, it } from 'vitest';
import { encodingWarning } from '../../../workers/ingest/encodingWarning';

describe('encodingWarning()', () => {
  it('encodingWarning() names one repaired line and the encoding it was read in', () => {
    expect(encodingWarning([4], 1, 'windows-1252', 'utf-8')).toBe('1 line is not valid UTF-8 (line 4); read as windows-1252.');
  });

  it('encodingWarning() names rejected lines with the file\'s encoding', () => {
    expect(encodingWarning([2, 9], 2, null, 'gbk')).toBe('2 lines have bytes that are not valid gbk (lines 2, 9).');
    expect(encodingWarning([5], 1, null, 'utf-8')).toBe('1 line has bytes that are not valid utf-8 (line 5).');
  });

  it('encodingWarning() lists the first 20 lines and counts the rest, with thousands separators', () => {
    const lines = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(encodingWarning(lines, 1234, 'windows-1252', 'utf-8')).toBe(
      `1,234 lines are not valid UTF-8 (lines ${lines.slice(0, 20).join(', ')} and 1,214 more); read as windows-1252.`,
    );
  });
});
