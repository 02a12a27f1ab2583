import { describe, expect, it } from 'vitest';
import { totalsWarning } from '../../../workers/ingest/totalsWarning';

describe('totalsWarning()', () => {
  it('totalsWarning() says the amount equals the sum above, to the cent', () => {
    expect(totalsWarning(12, 'Total', 30.3, 10.1 + 20.2)).toBe('Line 12 is a totals row ("Total"); left out (its amount 30.3 equals the sum of the rows above).');
  });

  it('totalsWarning() gives the sum, rounded to cents, when the amount differs', () => {
    expect(totalsWarning(7, '合计', 100, 99.987)).toBe('Line 7 is a totals row ("合计"); left out (its amount 100 differs from the sum of the rows above, 99.99).');
    expect(totalsWarning(3, 'Sum', 5, 0)).toBe('Line 3 is a totals row ("Sum"); left out (its amount 5 differs from the sum of the rows above, 0).');
  });

  it('totalsWarning() without an amount only says the row was left out', () => {
    expect(totalsWarning(9, 'Total', null, 42)).toBe('Line 9 is a totals row ("Total"); left out.');
  });
});
