import { describe, expect, it } from 'vitest';
import { cellReadsName } from '../../../../src/lib/app/notebook/cellReadsName';
import { analysis, chart, md, sql } from '../../notebook/cells';

describe('cellReadsName()', () => {
  it('cellReadsName() finds the name in a SQL cell, whatever its case', () => {
    const cell = sql('top', 'SELECT * FROM Per_Customer JOIN main.regions USING (region)');
    expect(cellReadsName(cell, 'per_customer', undefined)).toBe(true);
    expect(cellReadsName(cell, 'PER_CUSTOMER', undefined)).toBe(true);
    expect(cellReadsName(cell, 'regions', undefined)).toBe(true);
    expect(cellReadsName(cell, 'top', undefined)).toBe(false);
  });

  it('cellReadsName() reads a chart by its source and a markdown cell as reading nothing', () => {
    expect(cellReadsName(chart('k', 'Sales'), 'sales', undefined)).toBe(true);
    expect(cellReadsName(chart('k', 'Sales'), 'other', undefined)).toBe(false);
    expect(cellReadsName(md('m', 'See FROM sales'), 'sales', undefined)).toBe(false);
  });

  it('cellReadsName() reads an analysis cell through its generated SQL, an unchanged one from the overview table', () => {
    expect(cellReadsName(analysis('r', { table: 'vip' }), 'vip', '2024-01-01')).toBe(true);
    expect(cellReadsName(analysis('r', { table: 'vip' }), 'transactions', '2024-01-01')).toBe(false);
    expect(cellReadsName(analysis('r'), 'customer_rfm', undefined)).toBe(true);
    expect(cellReadsName(analysis('r'), 'transactions', undefined)).toBe(false);
  });

  it('cellReadsName() reads an analysis cell with bad options as reading nothing', () => {
    expect(cellReadsName(analysis('bad', { table: 'vip', bins: 0 }), 'vip', undefined)).toBe(false);
    expect(cellReadsName(analysis('bad', { bins: 0 }), 'transactions', undefined)).toBe(false);
  });
});
