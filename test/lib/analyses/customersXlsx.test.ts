import { describe, it, expect } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import { customersXlsx } from '../../../src/lib/analyses/customersXlsx';

describe('customersXlsx', () => {
  it('customersXlsx() writes ids and formula-like values as text cells and numbers as numbers', async () => {
    const blob = await customersXlsx({
      names: ['customer_id', 'segment', 'monetary'],
      columns: [['00123', '=HYPERLINK("x")', null], ['Champions', '@SUM(1)', 'Lost'], [12.5, 3, null]],
      rows: 3,
    });
    const [sheet] = await readXlsxFile<string>(await blob.arrayBuffer(), { parseNumber: (s: string) => s });
    const rows = sheet!.data;
    expect(rows[0]).toEqual(['customer_id', 'segment', 'monetary']);
    expect(rows[1]).toEqual(['00123', 'Champions', '12.5']);
    expect(rows[2]).toEqual(['=HYPERLINK("x")', '@SUM(1)', '3']);
    expect(rows[3]?.[1]).toBe('Lost');
  });
});
