import { describe, expect, it } from 'vitest';
import { sniffRows } from '../../../workers/ingest/sniffRows';

const records = (rows: string[][]) => rows.map((fields, i) => ({ fields, line: i + 1 }));
const base = { format: 'xlsx' as const, encoding: 'binary', encodingConfidence: 'certain' as const, delimiter: '' };

describe('sniffRows', () => {
  it('sniffRows() proposes header, roles and preview from sheet rows', () => {
    const s = sniffRows(records([['Kunde', 'Datum', 'Betrag'], ['K1', '2024-01-05', '12,50'], ['K2', '2024-01-06', '3,00']]), {}, base, true);
    expect(s).toMatchObject({ format: 'xlsx', hasHeader: true, headerLine: 1, decimalComma: true });
    expect(s).not.toHaveProperty('refused');
    expect(s.mapping).toEqual({ Kunde: 'customer_id', Datum: 'order_date', Betrag: 'amount' });
    expect(s.preview).toHaveLength(2);
  });

  it('sniffRows() applies a mapping given in the options', () => {
    const s = sniffRows(records([['a', 'b'], ['1', '2']]), { mapping: { a: 'customer_id', b: 'amount' } }, base, true);
    expect(s.mapping).toEqual({ a: 'customer_id', b: 'amount' });
  });

  it('sniffRows() asks for the key roles it could not find', () => {
    const s = sniffRows(records([['x', 'y'], ['hello', 'world']]), {}, base, true);
    expect(s.questions).toContainEqual(expect.objectContaining({ kind: 'mapping', message: expect.stringContaining('customer_id, order_date, amount') }));
  });

  it('sniffRows() refuses a sheet with a header and no rows only when it has seen the whole file', () => {
    expect(sniffRows(records([['customer_id', 'amount']]), {}, base, true).refused).toBe('The file has no data rows (header only).');
    expect(sniffRows(records([['customer_id', 'amount']]), {}, base, false).refused).toBeUndefined();
  });
});
