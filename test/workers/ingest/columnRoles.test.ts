import { describe, expect, it } from 'vitest';
import { columnRoles } from '../../../workers/ingest/columnRoles';

describe('columnRoles()', () => {
  it('columnRoles() sorts mapped columns into text, number and date roles, by column index', () => {
    const r = columnRoles(['Kunde', 'Datum', 'Betrag', 'Artikel', 'Menge'], {
      Kunde: 'customer_id', Datum: 'order_date', Betrag: 'amount', Artikel: 'product', Menge: 'quantity',
    });
    expect(r.col).toEqual({ customer_id: 0, order_date: 1, amount: 2, product: 3, quantity: 4 });
    expect(r.textCols).toEqual([['customer_id', 0], ['product', 3]]);
    expect(r.numberCols).toEqual([['amount', 2], ['quantity', 4]]);
    expect(r.attrCols).toEqual([]);
  });

  it('columnRoles() keeps attributes and a second column of a taken role as attributes, and drops ignored or unmapped ones', () => {
    const r = columnRoles(['id', 'amount', 'gross', 'tier', 'notes', 'extra'], {
      id: 'customer_id', amount: 'amount', gross: 'amount', tier: 'attribute', notes: 'ignore',
    });
    expect(r.col).toEqual({ customer_id: 0, amount: 1 });
    expect(r.attrCols).toEqual([['gross', 2], ['tier', 3]]);
    expect(r.numberCols).toEqual([['amount', 1]]);
  });
});
