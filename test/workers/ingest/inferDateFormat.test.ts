import { describe, expect, it } from 'vitest';
import { inferDateFormat } from '../../../workers/ingest/inferDateFormat';

describe('inferDateFormat', () => {
  it('inferDateFormat() decides day-first from a day above 12', () => {
    const f = inferDateFormat(['05/01/2024', '13/01/2024', '2024-01-05']);
    expect(f).toMatchObject({ order: 'DMY', decided: true, conflict: false, parsed: 3, failed: 0 });
    expect(f.formats).toEqual(['d/m/y or m/d/y', 'iso']);
  });

  it('inferDateFormat() decides month-first from a second part above 12', () => {
    expect(inferDateFormat(['01/05/2024', '01/13/2024'])).toMatchObject({ order: 'MDY', decided: true });
  });

  it('inferDateFormat() defaults to day-first, undecided, when every slash date fits both', () => {
    expect(inferDateFormat(['05/01/2024', '06/02/2024'])).toMatchObject({ order: 'DMY', decided: false });
  });

  it('inferDateFormat() flags a column that has proof for both orders', () => {
    expect(inferDateFormat(['13/01/2024', '01/13/2024', '14/02/2024'])).toMatchObject({ order: 'DMY', conflict: true });
  });

  it('inferDateFormat() has nothing to decide for ISO and dotted dates', () => {
    expect(inferDateFormat(['2024-01-05', '03.01.2024'])).toMatchObject({ order: 'YMD', decided: true });
    expect(inferDateFormat([])).toMatchObject({ order: 'YMD', decided: true, parsed: 0 });
  });
});
