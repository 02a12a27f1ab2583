import { describe, expect, it } from 'vitest';
import { proposeRoles } from '../../../workers/ingest/proposeRoles';

describe('proposeRoles', () => {
  it('proposeRoles() maps known headers and keeps the rest as attributes', () => {
    expect(proposeRoles(['customer_id', 'amount', 'note'], [])).toEqual({ customer_id: 'customer_id', amount: 'amount', note: 'attribute' });
  });

  it('proposeRoles() gives each role to the first column that claims it', () => {
    expect(proposeRoles(['amount', 'total'], [])).toEqual({ amount: 'amount', total: 'attribute' });
  });

  it('proposeRoles() ignores unrecognised columns of a file wider than 40 columns', () => {
    const headers = ['customer_id', 'order_date', 'amount', ...Array.from({ length: 60 }, (_, i) => `attr_${i}`)];
    const mapping = proposeRoles(headers, []);
    expect(mapping.attr_0).toBe('ignore');
    expect(mapping.customer_id).toBe('customer_id');
  });

  it('proposeRoles() proposes roles from values when there is no header', () => {
    const rows = [
      ['C2701', 'N-1', '2024-02-01', '25.00', 'Yoga Mat', '2'],
      ['C2702', 'N-2', '2024-02-02', '12.00', 'Yoga Block', '1'],
      ['C2701', 'N-3', '2024-02-03', '7.80', 'Shampoo', '3'],
    ];
    const headers = rows[0].map((_, i) => `column_${i + 1}`);
    expect(proposeRoles(headers, rows, false)).toEqual({
      column_1: 'customer_id', column_2: 'order_id', column_3: 'order_date', column_4: 'amount', column_5: 'attribute', column_6: 'quantity',
    });
  });

  it('proposeRoles() fills missing key roles from values when headers say nothing', () => {
    const mapping = proposeRoles(['who', 'when', 'how much'], [['A1', '2024-01-05', '9.99'], ['A1', '2024-01-06', '5.00']]);
    expect(mapping).toEqual({ who: 'customer_id', when: 'order_date', 'how much': 'amount' });
  });
});
