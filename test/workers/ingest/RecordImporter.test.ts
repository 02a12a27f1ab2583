import { describe, expect, it } from 'vitest';
import { RecordImporter } from '../../../workers/ingest/RecordImporter';
import { sniffRows } from '../../../workers/ingest/sniffRows';
import type { ImportOptions } from '../../../workers/ingest/types';
import { flatten, runImport } from './runImport';

const base = { format: 'text' as const, encoding: 'utf-8', encodingConfidence: 'certain' as const, delimiter: ',' };
const HEADER = ['customer_id', 'order_id', 'order_date', 'amount', 'product'];

function run(rows: string[][], options: ImportOptions = {}, header = HEADER) {
  const records = [header, ...rows].map((fields, i) => ({ fields, line: i + 1 }));
  const s = sniffRows(records, options, base, true);
  const importer = new RecordImporter(s, options);
  for (const r of records) importer.add({ fields: [...r.fields], line: r.line });
  const { batch, report } = importer.finish();
  return { report, rows: batch ? flatten(batch) : [] };
}

describe('RecordImporter', () => {
  it('RecordImporter.add() keeps ids as text exactly as written, trimmed', () => {
    const { rows } = run([[' 00123 ', '000987', '2024-05-01', '10.00', 'Mug'], ['1E5', '0x1A', '2024-05-02', '1', 'Tea']]);
    expect(rows.map((r) => [r.values.customer_id, r.values.order_id])).toEqual([['00123', '000987'], ['1E5', '0x1A']]);
  });

  it('RecordImporter.add() rejects short and long rows by line, and accepts extra empty fields with a warning', () => {
    const { report } = run([
      ['C1', 'O1', '2024-01-01', '1', 'Mug'], ['C2', 'O2', '2024-01-01', '1'], ['C3', 'O3', '2024-01-01', '1', 'Mug', 'X'],
      ['C4', 'O4', '2024-01-01', '1', 'Mug', '', ''],
    ]);
    expect(report.rejected).toEqual([{ line: 3, reason: '4 fields, expected 5' }, { line: 4, reason: '6 fields, expected 5' }]);
    expect(report.rows_imported).toBe(2);
    expect(report.warnings).toContain('Empty extra fields at the end of line 5 were ignored.');
  });

  it('RecordImporter.add() leaves out totals rows, repeated headers and exact duplicates, naming each', () => {
    const { report, rows } = run([
      ['C1', 'O1', '2024-01-01', '10', 'Mug'], ['\uFEFFcustomer_id', 'order_id', 'order_date', 'amount', 'product'],
      ['C1', 'O1', '2024-01-01', '10', 'Mug'], ['合计', '', '', '10', ''], ['Grand Total', '', '', '10', ''],
    ]);
    expect(rows).toHaveLength(1);
    expect(report.excluded).toEqual([
      { line: 3, reason: 'repeated header' }, { line: 4, reason: 'exact duplicate of line 2' },
      { line: 5, reason: 'totals row (合计)' }, { line: 6, reason: 'totals row' },
    ]);
    expect(report.duplicates).toBe(1);
    expect(report.rows_read).toBe(report.rows_imported + report.rows_rejected + report.rows_excluded!);
  });

  it('RecordImporter.add() does not take a dated row with customer "Total" for a totals row', () => {
    expect(run([['Total', 'O1', '2024-01-01', '5', 'Mug']]).report.rows_imported).toBe(1);
  });

  it('RecordImporter.add() flags orders that differ only in the amount and keeps both', () => {
    const { report } = run([['C1', 'O-1', '2024-01-01', '30.00', 'Honey'], ['C1', 'O-1', '2024-01-01', '33.00', 'Honey']]);
    expect(report.rows_imported).toBe(2);
    expect(report.conflicting_order_ids).toEqual([{ order_id: 'O-1', lines: [2, 3] }]);
  });

  it('RecordImporter.add() rejects missing customer ids, including placeholders, and bad dates and amounts', () => {
    const { report } = run([
      ['', 'O1', '2024-01-01', '1', ''], ['N/A', 'O2', '2024-01-01', '1', ''], ['C3', 'O3', '2024-02-30', '1', ''],
      ['C4', 'O4', '2024-01-01', 'abc', ''], ['C5', 'O5', '', '1', ''], ['00000', 'O6', '2024-01-01', '1', ''],
    ]);
    expect(report.rejected).toEqual([
      { line: 2, reason: 'missing customer id' }, { line: 3, reason: 'missing customer id ("N/A")' },
      { line: 4, reason: 'invalid date "2024-02-30" (no day 30 in 2024-02)' }, { line: 5, reason: 'invalid amount "abc"' },
      { line: 6, reason: 'missing date' },
    ]);
    expect(report.rows_imported).toBe(1);
    expect(report.warnings).toContain('2 rows have no customer id (lines 2, 3); rejected, so they are not in customer metrics or revenue.');
  });

  it('RecordImporter.add() leaves out future dates and dates before 1990', () => {
    const { report } = run([['C1', 'O1', '2025-06-01', '1', ''], ['C2', 'O2', '1989-12-31', '1', ''], ['C3', 'O3', '2025-05-31', '1', '']], { today: '2025-05-31' });
    expect(report.excluded).toEqual([{ line: 2, reason: 'future date 2025-06-01' }, { line: 3, reason: 'date before 1990 (1989-12-31)' }]);
    expect(report).toMatchObject({ rows_imported: 1, first_date: '2025-05-31', last_date: '2025-05-31' });
  });

  it('RecordImporter.finish() counts returns and zero amounts and warns about mixed currencies', () => {
    const { report } = run([['C1', 'O1', '2024-01-01', '$5', ''], ['C1', 'O2', '2024-01-01', '-€3', ''], ['C2', 'O3', '2024-01-01', '0', '']]);
    expect(report).toMatchObject({ returns: 1, zero_amounts: 1, currencies: { USD: 1, EUR: 1 } });
    expect(report.warnings.some((w) => w.startsWith('Mixed currencies in the amount column: USD (line 2), EUR (line 3)'))).toBe(true);
  });

  it('RecordImporter.add() puts quantity and price in numbers, unknown columns in attributes, ignored ones nowhere', () => {
    const { rows, report } = run([['C1', '2024-01-01', '2', '9.50', 'blue', 'x']], { mapping: { junk: 'ignore' } },
      ['customer_id', 'order_date', 'qty', 'unit_price', 'colour', 'junk']);
    expect(rows[0].values).toEqual({ customer_id: 'C1', quantity: 2, unit_price: 9.5, order_date: '2024-01-01', colour: 'blue' });
    expect(report.column_mapping).toEqual({ customer_id: 'customer_id', order_date: 'order_date', qty: 'quantity', unit_price: 'unit_price', colour: 'attribute', junk: 'ignore' });
  });

  it('RecordImporter.takeBatch() hands out rows once enough are ready', () => {
    const s = sniffRows([{ fields: HEADER, line: 1 }, { fields: ['C0', 'O0', '2024-01-01', '1', ''], line: 2 }], {}, base, false);
    const importer = new RecordImporter(s);
    for (let i = 0; i < 10; i++) importer.add({ fields: [`C${i}`, `O${i}`, '2024-01-01', '1', ''], line: i + 2 });
    expect(importer.takeBatch(20)).toBeNull();
    expect(importer.takeBatch(10)!.length).toBe(10);
    expect(importer.finish().batch).toBeNull();
  });

  it('RecordImporter.finish() refuses when no row could be imported, saying how many were rejected', () => {
    const { report } = run([['', 'O1', '2024-01-01', '1', '']]);
    expect(report).toMatchObject({ outcome: 'refused', message: 'No row could be imported: 1 rejected, 0 left out (see the lines listed).' });
  });
});

describe('RecordImporter options', () => {
  it('RecordImporter() reads dates and amounts with the date order and decimal comma the user chose', () => {
    const records = [HEADER, ['C1', 'O1', '05/01/2024', '1.234', '']].map((fields, i) => ({ fields, line: i + 1 }));
    const s = sniffRows(records, {}, base, true);
    expect(s).toMatchObject({ dateOrder: 'DMY', decimalComma: false });
    const importer = new RecordImporter(s, { dateOrder: 'MDY', decimalComma: true });
    records.forEach((r) => importer.add(r));
    expect(flatten(importer.finish().batch!)[0].values).toMatchObject({ order_date: '2024-05-01', amount: 1234 });
  });
});

describe('RecordImporter without order ids', () => {
  it('RecordImporter.add() keeps identical lines as separate purchases when there is no order id, and names them', () => {
    const csv = 'customer_id,order_date,amount\nC1,2024-01-05,10.00\nC1,2024-01-05,10.00\nC2,2024-01-06,5.00\n';
    const { report, rows } = runImport(new TextEncoder().encode(csv));
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(report.duplicates).toBe(0);
    expect(report.warnings.some((w) => w.includes('identical to an earlier row') && w.includes('3'))).toBe(true);
  });

  it('RecordImporter.add() drops an exact duplicate line when the file has order ids', () => {
    const csv = 'customer_id,order_id,order_date,amount\nC1,O1,2024-01-05,10.00\nC1,O1,2024-01-05,10.00\n';
    const { report, rows } = runImport(new TextEncoder().encode(csv));
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(report.excluded).toEqual([{ line: 3, reason: 'exact duplicate of line 2' }]);
  });
});
