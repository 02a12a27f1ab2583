import type { Formats } from '../charts/format';
import { displayName } from './displayName';
import { formatDate } from './formatDate';
import type { Translate } from './types';

const INTEGER = new Set(['r', 'f', 'm', 'rfm_cell', 'recency_days', 'frequency']);
const MONEY = new Set(['monetary', 'revenue', 'clv']);

/** Whether a customer-list column holds numbers (right-aligned, tabular figures). */
export function isNumericColumn(name: string): boolean {
  return INTEGER.has(name) || MONEY.has(name) || name === 'p_alive';
}

/**
 * One cell of the customer list as display text in the interface language: ids and unknown
 * columns exactly as stored, numbers and dates by the locale, segment and tier names translated.
 */
export function customerCell(name: string, value: unknown, t: Translate, f: Formats): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') {
    if (INTEGER.has(name)) return f.int(value);
    if (MONEY.has(name)) return f.money(value);
    if (name === 'p_alive') return f.pct(value);
    return String(value);
  }
  const s = String(value);
  if (name.startsWith('segment_')) return displayName('seg', s, t, name.slice('segment_'.length));
  if (name === 'tier') return displayName('tier', s, t);
  if (name === 'first_date' || name === 'last_date') return formatDate(s, f.locale);
  return s;
}
