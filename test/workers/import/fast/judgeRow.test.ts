import { describe, expect, it } from 'vitest';
import { RecordImporter } from '../../../../workers/ingest/RecordImporter';
import { isoFromDays } from '../../../../workers/ingest/isoFromDays';
import { sniffRows } from '../../../../workers/ingest/sniffRows';
import type { ImportOptions, IngestReport, RowBatch } from '../../../../workers/ingest/types';
import { fastPlan } from '../../../../workers/import/fast/fastPlan';
import { judgeRow } from '../../../../workers/import/fast/judgeRow';

// judgeRow mirrors RecordImporter.add row by row; here each record goes through a fresh
// RecordImporter and through judgeRow, and the outcomes must agree exactly.

const base = { format: 'text' as const, encoding: 'utf-8', encodingConfidence: 'certain' as const, delimiter: ',' };
const HEADER = ['order_id', 'customer_id', 'order_date', 'amount', 'product', 'quantity', 'note'];
const POOLS = [
  ['O1', '', 'Total', 'Summe:', ' O2 ', 'order_id', 'ORDER_ID', '合计'],
  ['C1', '', ' ', 'N/A', 'n/a ', 'NULL', '\u00a0C1', 'C1\u3000', 'total', 'TOTAL:', 'Sum', '合计', '小计：', 'customer_id', '—', '?', 'İd', 'ſum', 'C\u212aX', '00123', '无'],
  ['2024-01-05', '2024-1-5', '05/01/2024', '13/01/2024', '2024/01/05', '20240105', '2023-02-29', '0000-01-01', '1989-12-31', '2026-07-01', '2024-01-05T10:00', '', 'x', 'order_date', '45000'],
  ['12.50', '-0.00', '0', '+5', '(5)', '1,234.50', '1.234', '12,50', '$12', '12 EUR', '€3', 'abc', '', '1e999', '1' + '0'.repeat(400), 'amount'],
  ['Mug', '', 'product', '  '],
  ['1', '', 'x', '1,5', '2.000', 'quantity'],
  ['vip', '', 'note', '\uFEFF'],
];

function sniffFor(options: ImportOptions) {
  const records = [HEADER, ['O0', 'C0', '2024-01-01', '1.00', 'Mug', '1', 'n']].map((fields, i) => ({ fields, line: i + 1 }));
  return sniffRows(records, options, base, true);
}

/** What RecordImporter makes of `fields` as the only data row (line 2), in judgeRow's terms. */
function viaImporter(fields: string[], options: ImportOptions): unknown {
  const sniff = sniffFor(options);
  const importer = new RecordImporter(sniff, options);
  importer.add({ fields: HEADER, line: 1 });
  importer.add({ fields: [...fields], line: 2 });
  const { batch, report } = importer.finish();
  return outcome(report, batch);
}

function outcome(report: IngestReport, batch: RowBatch | null): unknown {
  if (report.blank_lines.length) return { kind: 'blank' };
  if (report.rejected.length) return { kind: 'reject', reason: report.rejected[0].reason };
  if (report.excluded.length) return { kind: 'exclude', reason: report.excluded[0].reason };
  const b = batch!;
  return {
    kind: 'ok',
    text: Object.fromEntries(Object.entries(b.text).map(([k, v]) => [k, v![0]])),
    day: b.order_date ? b.order_date[0] : null,
    numbers: Object.fromEntries(Object.entries(b.numbers).map(([k, v]) => [k, Number.isNaN(v![0]) ? null : v![0]])),
    attributes: Object.fromEntries(Object.entries(b.attributes).map(([k, v]) => [k, v[0]])),
    currency: report.currencies ? Object.keys(report.currencies)[0] : undefined,
    badNumber: report.warnings.some((w) => w.includes('not numbers')),
  };
}

function viaJudge(fields: string[], options: ImportOptions): unknown {
  const sniff = sniffFor(options);
  const v = judgeRow(fields, fastPlan(sniff, options, { ...sniff.mapping, ...options.mapping }));
  if (v.kind === 'totals') return { kind: 'exclude', reason: v.reason };
  if (v.kind === 'exclude') return { kind: 'exclude', reason: v.reason };
  if (v.kind === 'reject') return { kind: 'reject', reason: v.reason };
  return v;
}

describe('judgeRow', () => {
  it('judges every combination of awkward values as RecordImporter.add does', () => {
    let seed = 7;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    for (const options of [{ today: '2026-06-30' }, { today: '2026-06-30', dateOrder: 'MDY' as const, decimalComma: true }]) {
      for (let i = 0; i < 3000; i++) {
        const fields = POOLS.map((pool, k) => (r() < 0.4 ? pool[Math.floor(r() * pool.length)] : pool[0] + (k === 0 || k === 1 ? i % 5 : '')));
        expect(viaJudge(fields, options), JSON.stringify(fields)).toEqual(viaImporter(fields, options));
      }
    }
  });

  it('names the parts of an accepted row as the importer stores them', () => {
    const v = judgeRow([' O7 ', '\u00a0C7 ', '2024-02-29', '€1.234,50', ' Mug ', '2', ''], fastPlan(sniffFor({}), { today: '2026-06-30' }, sniffFor({}).mapping));
    expect(v).toMatchObject({ kind: 'ok', text: { order_id: 'O7', customer_id: 'C7', product: ' Mug ' }, numbers: { amount: 1234.5, quantity: 2 }, currency: 'EUR' });
    expect(v.kind === 'ok' && isoFromDays(v.day!)).toBe('2024-02-29');
  });
});
