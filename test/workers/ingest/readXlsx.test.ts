import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../workers/ingest/readXlsx';
import { RecordImporter } from '../../../workers/ingest/RecordImporter';
import { sniff } from '../../../workers/ingest/sniff';
import { sniffRows } from '../../../workers/ingest/sniffRows';
import { makeXlsx } from './fixtures/makeXlsx';
import { makeZip } from './fixtures/makeZip';
import writeXlsxFile from 'write-excel-file/universal';
import { flatten } from './runImport';

const book = makeXlsx({
  Notes: [],
  Orders: [
    ['客户编号', '下单日期', '金额', '商品'],
    ['00123', { serial: 45296 }, 19.99, '咖啡豆'],
    ['C2', { serial: 45297 }, 1234.5, null],
    ['合计', null, 1254.49, null],
  ],
});

describe('readXlsx', () => {
  it('readXlsx() lists the sheets and reads the first one with data as text rows', async () => {
    const { sheets, rows } = await readXlsx(book);
    expect(sheets).toEqual(['Notes', 'Orders']);
    expect(rows).toEqual([
      ['客户编号', '下单日期', '金额', '商品'],
      ['00123', '2024-01-05', '19.99', '咖啡豆'],
      ['C2', '2024-01-06', '1234.5', ''],
      ['合计', '', '1254.49', ''],
    ]);
  });

  it('readXlsx() reads a sheet by name and names the sheets when one is missing', async () => {
    expect((await readXlsx(book, 'Notes')).rows).toEqual([]);
    await expect(readXlsx(book, 'Nope')).rejects.toThrow('no sheet named "Nope" (sheets: Notes, Orders)');
  });

  it('readXlsx() rows go through sniffRows() and RecordImporter like CSV records', async () => {
    expect(sniff(book, {}, 'book.xlsx').format).toBe('xlsx');
    const { sheets, rows } = await readXlsx(book);
    const records = rows.map((fields, i) => ({ fields, line: i + 1 }));
    const s = sniffRows(records, {}, { format: 'xlsx', encoding: 'binary', encodingConfidence: 'certain', delimiter: '', sheets }, true);
    const importer = new RecordImporter(s);
    records.forEach((r) => importer.add(r));
    const { batch, report } = importer.finish();
    expect(report).toMatchObject({ rows_imported: 2, excluded: [{ line: 4, reason: 'totals row (合计)' }] });
    expect(flatten(batch!)[0].values).toMatchObject({ customer_id: '00123', order_date: '2024-01-05', amount: 19.99, product: '咖啡豆' });
  });

  it('readXlsx() reads a real writer\'s workbook: deflated parts, shared strings, a custom date format, numbers as stored', async () => {
    const cell = (value: unknown, format?: string) => ({ value, ...(format ? { format } : {}) });
    const rows = [
      [cell('客户编号'), cell('下单日期'), cell('金额'), cell('备注')],
      [cell('00123'), cell(new Date(Date.UTC(2024, 0, 5)), 'yyyy/mm/dd'), cell(19.99), cell('A & B <b>')],
      [cell('C2'), cell(new Date(Date.UTC(2024, 0, 6, 18, 30)), 'yyyy-mm-dd hh:mm'), cell(-2.5), cell(true)],
    ];
    // SAFETY: the cells above are write-excel-file's cell objects; its types want one schema per call.
    const blob = await writeXlsxFile(rows as never, { sheet: '订单' }).toBlob();
    const { sheets, rows: read } = await readXlsx(new Uint8Array(await blob.arrayBuffer()));
    expect(sheets).toEqual(['订单']);
    expect(read).toEqual([
      ['客户编号', '下单日期', '金额', '备注'],
      ['00123', '2024-01-05', '19.99', 'A & B <b>'],
      ['C2', '2024-01-06T18:30:00', '-2.5', 'TRUE'],
    ]);
  });

  it('readXlsx() names what is wrong with a zip that is not a workbook', async () => {
    await expect(readXlsx(makeZip({ 'word/document.xml': '<w:document/>' }))).rejects.toThrow('not an .xlsx workbook (no xl/workbook.xml)');
  });
});
