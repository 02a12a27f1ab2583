import { describe, expect, it } from 'vitest';
import { totalsReason } from '../../../workers/ingest/totalsReason';

describe('totalsReason()', () => {
  it('totalsReason() says "totals row" for an ASCII label and names any other', () => {
    expect(totalsReason('Total')).toBe('totals row');
    expect(totalsReason('Grand total')).toBe('totals row');
    expect(totalsReason('合计')).toBe('totals row (合计)');
    expect(totalsReason('Gesamtsumme€')).toBe('totals row (Gesamtsumme€)');
  });
});
