import { describe, expect, it } from 'vitest';
import { inferDecimalComma } from '../../../workers/ingest/inferDecimalComma';

describe('inferDecimalComma', () => {
  it('inferDecimalComma() says yes for a European column where "1.234" alone would be ambiguous', () => {
    expect(inferDecimalComma(['1.234,56', '12,50', '0,99', '12.345,00', '1.234', '-45,00', '7', '1.000.000,00'])).toBe(true);
  });

  it('inferDecimalComma() says no for dot decimals and comma thousands', () => {
    expect(inferDecimalComma(['1,234.50', '12.00', '1,234', '19.99'])).toBe(false);
  });

  it('inferDecimalComma() says no when nothing decides, or for an empty column', () => {
    expect(inferDecimalComma(['1.234', '5', '7'])).toBe(false);
    expect(inferDecimalComma([])).toBe(false);
  });
});
