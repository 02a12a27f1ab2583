import { describe, expect, it } from 'vitest';
import { isRepeatedHeader } from '../../../workers/ingest/isRepeatedHeader';

const KEYS = ['customer_id', 'order_date', 'amount', 'product', 'region'];

describe('isRepeatedHeader()', () => {
  it('isRepeatedHeader() finds the header again, ignoring case, spaces and a BOM', () => {
    expect(isRepeatedHeader(['customer_id', 'order_date', 'amount', 'product', 'region'], KEYS, 5)).toBe(true);
    expect(isRepeatedHeader(['\uFEFFCustomer_ID', ' Order_Date ', 'AMOUNT', 'product', 'region'], KEYS, 5)).toBe(true);
  });

  it('isRepeatedHeader() needs 80% of the fields: 4 of 5 is enough, 3 of 5 is not', () => {
    expect(isRepeatedHeader(['customer_id', 'order_date', 'amount', 'product', 'North'], KEYS, 5)).toBe(true);
    expect(isRepeatedHeader(['customer_id', 'order_date', 'amount', 'Lamp', 'North'], KEYS, 5)).toBe(false);
  });

  it('isRepeatedHeader() says no for a data row, a short row, and one field alike in a two-column file', () => {
    expect(isRepeatedHeader(['C1', '2024-01-02', '9.50', 'Lamp', 'North'], KEYS, 5)).toBe(false);
    expect(isRepeatedHeader(['customer_id', 'order_date', 'amount'], KEYS, 5)).toBe(false);
    expect(isRepeatedHeader(['id', 'x'], ['id', 'amount'], 2)).toBe(false);
    expect(isRepeatedHeader(['id', 'Amount'], ['id', 'amount'], 2)).toBe(true);
  });
});
