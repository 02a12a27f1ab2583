import { describe, expect, it } from 'vitest';
import { totalsLabel } from '../../../workers/ingest/totalsLabel';
import { isBlankRow } from '../../../workers/ingest/isBlankRow';

describe('totalsLabel and isBlankRow', () => {
  it('totalsLabel() finds Total, Grand total: and 合计 in the label columns of an undated row', () => {
    expect(totalsLabel(['Total', '', '', '411.00'], [0], 2, 'YMD')).toBe('Total');
    expect(totalsLabel(['', 'Grand Total:', '', '9'], [0, 1], 2, 'YMD')).toBe('Grand Total');
    expect(totalsLabel(['合计', '', '', '1379.40'], [0], 2, 'YMD')).toBe('合计');
  });

  it('totalsLabel() says null for a dated row, another column, or a customer merely starting with T', () => {
    expect(totalsLabel(['Total', 'O1', '2024-01-05', '5'], [0], 2, 'YMD')).toBeNull();
    expect(totalsLabel(['C1', 'Total'], [0], -1, 'YMD')).toBeNull();
    expect(totalsLabel(['Tom', '', '', '5'], [0], 2, 'YMD')).toBeNull();
  });

  it('isBlankRow() treats empty, whitespace-only and delimiter-only lines as blank', () => {
    expect(isBlankRow([''])).toBe(true);
    expect(isBlankRow(['   ', '\t', '\u00A0'])).toBe(true);
    expect(isBlankRow(['', '', '', '', '', ''])).toBe(true);
    expect(isBlankRow(['', '0'])).toBe(false);
    expect(isBlankRow(['-'])).toBe(false);
  });
});
