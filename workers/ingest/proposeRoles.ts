import type { Role } from './types';
import { roleFromHeader } from './roleFromHeader';
import { parseAmount } from './parseAmount';
import { parseDate } from './parseDate';

/** Above this many columns, columns no header rule recognises are left out rather than kept. */
export const MAX_ATTRIBUTE_COLUMNS = 40;

const ID_LIKE = /^[A-Za-z]{0,6}[-_#]?\d{1,20}[A-Za-z]?$/;
const KEY_ROLES: Role[] = ['customer_id', 'order_date', 'amount'];

/**
 * Proposes a role for every header: first from the header text (English and Chinese names,
 * see `roleFromHeader`); then, for the key roles still missing (customer, date, amount) and for
 * files without a header, from the values: a column of dates, a column of money-like numbers,
 * ID-like columns (one with repeats = customer, all distinct = order). Each role goes to one
 * column, the first that claims it. Unrecognised columns become 'attribute' when there are at
 * most 40 columns, else 'ignore' (a wide feature export should not become 400 text columns).
 */
export function proposeRoles(headers: readonly string[], rows: readonly (readonly string[])[], hasHeader = true): Record<string, Role> {
  const roles: (Role | null)[] = headers.map((h) => (hasHeader ? roleFromHeader(h) : null));
  const taken = new Set<Role>();
  roles.forEach((r, i) => {
    if (r && taken.has(r)) roles[i] = null;
    else if (r) taken.add(r);
  });

  if (KEY_ROLES.some((r) => !taken.has(r))) {
    const column = (c: number) => rows.map((row) => (row[c] ?? '').trim()).filter((v) => v !== '');
    const free = () => headers.map((_, c) => c).filter((c) => roles[c] === null);
    const claim = (c: number | undefined, role: Role) => {
      if (c === undefined || taken.has(role)) return;
      roles[c] = role;
      taken.add(role);
    };
    claim(free().find((c) => isDateColumn(column(c))), 'order_date');
    const numeric = free().filter((c) => share(column(c), (v) => parseAmount(v).ok) >= 0.8);
    const money = numeric.find((c) => column(c).some((v) => /[.,]\d{1,2}$|[$€£¥￥元]/.test(v)));
    claim(money, 'amount');
    const ids = free().filter((c) => !numeric.includes(c) && share(column(c), (v) => ID_LIKE.test(v)) >= 0.8);
    const repeats = (c: number) => new Set(column(c)).size < column(c).length;
    claim(ids.find(repeats) ?? (ids.length === 1 ? ids[0] : undefined), 'customer_id');
    claim(ids.find((c) => roles[c] === null && !repeats(c)), 'order_id');
    claim(free().find((c) => numeric.includes(c) && column(c).every((v) => /^\d{1,4}$/.test(v))), 'quantity');
  }

  const fallback: Role = headers.length <= MAX_ATTRIBUTE_COLUMNS ? 'attribute' : 'ignore';
  const mapping: Record<string, Role> = {};
  headers.forEach((h, i) => { mapping[h] = roles[i] ?? fallback; });
  return mapping;
}

function isDateColumn(values: string[]): boolean {
  // Bare numbers (amounts, Excel serials) alone do not make a date column.
  return values.length > 0 && share(values, (v) => parseDate(v).ok) >= 0.8 && values.some((v) => !/^\d+(\.\d+)?$/.test(v));
}

function share(values: string[], test: (v: string) => boolean): number {
  if (values.length === 0) return 0;
  let n = 0;
  for (const v of values) if (test(v)) n++;
  return n / values.length;
}
