// What exports and spreadsheets write for "no customer" (Excel's #N/A, pandas' nan, SQL's NULL,
// a dash, 无 / 空); compared lower-cased.
const NULL_IDS = new Set(['', 'null', 'n/a', 'na', '#n/a', 'none', '-', '--', '—', 'nan', 'nil', '(null)', '(blank)', 'undefined', '?', '无', '空']);

/**
 * Whether the (trimmed) customer id `id` stands for no customer at all, so its row is rejected
 * as "missing customer id" instead of every such row being one customer called "N/A". The
 * TypeScript ingest and the fast path's row judge both ask here, so they agree.
 */
export function isNullId(id: string): boolean {
  return NULL_IDS.has(id.toLowerCase());
}
