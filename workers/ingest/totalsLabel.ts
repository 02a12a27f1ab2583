import type { DateOrder } from './types';
import { parseDate } from './parseDate';

const TOTAL_LABELS = new Set(['total', 'totals', 'grand total', 'subtotal', 'sub total', 'sum', 'summe', 'gesamt', 'gesamtsumme',
  'totaal', 'totale', 'somme', 'suma', '合计', '總計', '总计', '小计', '合計', '小計', '总和', '汇总', '匯總', '共计']);
const LABEL_STARTS = new Set([...TOTAL_LABELS].flatMap((l) => [l[0], l[0].toUpperCase()]));

/**
 * The label of a report-style totals row ("Total", "Grand total:", 合计...) found in one of the
 * `columns` (the first column, customer id, order id), or null. A row with a real date in
 * `dateColumn` is never a totals row (a customer may be called "Total").
 */
export function totalsLabel(fields: readonly string[], columns: readonly number[], dateColumn: number, order: DateOrder): string | null {
  for (const c of columns) {
    const raw = fields[c] ?? '';
    // Cheap test first (this runs on every row): a label is short and starts with a known letter.
    if (raw.length > 16 || !LABEL_STARTS.has(raw.trimStart().charAt(0))) continue;
    const label = raw.trim().replace(/[:：]$/, '');
    if (!TOTAL_LABELS.has(label.toLowerCase())) continue;
    return dateColumn >= 0 && parseDate(fields[dateColumn] ?? '', order).ok ? null : label;
  }
  return null;
}
