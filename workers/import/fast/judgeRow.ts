import type { NumberRole, TextRole } from '../../ingest/types';
import { daysFromCivil } from '../../ingest/daysFromCivil';
import { isBlankRow } from '../../ingest/isBlankRow';
import { isNullId } from '../../ingest/isNullId';
import { isoFromDays } from '../../ingest/isoFromDays';
import { isRepeatedHeader } from '../../ingest/isRepeatedHeader';
import { parseAmount } from '../../ingest/parseAmount';
import { parseDate } from '../../ingest/parseDate';
import { totalsLabel } from '../../ingest/totalsLabel';
import { totalsReason } from '../../ingest/totalsReason';
import type { FastPlan } from './fastPlan';

const OLDEST = daysFromCivil(1990, 1, 1)!;

/** How the TypeScript ingest treats one record, row by row, before duplicates are looked for. */
export type RowVerdict =
  | { kind: 'blank' }
  | { kind: 'reject'; reason: string; missingCustomer: boolean }
  | { kind: 'exclude'; reason: string; why: 'header' | 'future' | 'old' }
  | { kind: 'totals'; reason: string; label: string; amount: number | null }
  | {
      kind: 'ok';
      text: Partial<Record<TextRole, string | null>>;
      day: number | null;
      numbers: Partial<Record<NumberRole, number | null>>;
      attributes: Record<string, string | null>;
      currency?: string;
      /** A quantity/price/cost/margin cell that is not a number (read as empty, and warned about). */
      badNumber: boolean;
    };

/**
 * Judges one record (tokenized fields: unquoted fields space-trimmed, as csvTokenizer gives them)
 * the way `RecordImporter.add` does, in the same order and with the same helpers and reason texts:
 * blank, repeated header, totals row, missing customer id, bad or out-of-range date, bad amount;
 * else the row's values as the importer would append them. The fast path sends here only the
 * rows its SQL could not vouch for; everything stateful (duplicates, sums) is done elsewhere.
 * Records that the tokenizer would flag (wrong field count, control characters, stray quotes,
 * BOMs) never get here: the byte scan and DuckDB's strict reader send those files to the slow path.
 */
export function judgeRow(fields: readonly string[], plan: FastPlan): RowVerdict {
  if (isBlankRow(fields)) return { kind: 'blank' };
  if (isRepeatedHeader(fields, plan.headerKeys, plan.width)) return { kind: 'exclude', reason: 'repeated header', why: 'header' };
  const label = totalsLabel(fields, plan.labelCols, plan.col.order_date ?? -1, plan.dateOrder);
  if (label !== null) {
    const a = plan.col.amount !== undefined ? parseAmount(fields[plan.col.amount] ?? '', plan.decimalComma) : null;
    return { kind: 'totals', reason: totalsReason(label), label, amount: a?.ok ? a.value : null };
  }
  const cid = plan.col.customer_id;
  if (cid !== undefined) {
    const id = fields[cid].trim();
    if (isNullId(id)) return { kind: 'reject', reason: id === '' ? 'missing customer id' : `missing customer id ("${id}")`, missingCustomer: true };
  }
  let day: number | null = null;
  if (plan.col.order_date !== undefined) {
    const d = parseDate(fields[plan.col.order_date], plan.dateOrder);
    if (!d.ok) return { kind: 'reject', reason: d.reason, missingCustomer: false };
    day = d.days;
    if (day > plan.today) return { kind: 'exclude', reason: `future date ${isoFromDays(day)}`, why: 'future' };
    if (day < OLDEST) return { kind: 'exclude', reason: `date before 1990 (${isoFromDays(day)})`, why: 'old' };
  }
  const numbers: Partial<Record<NumberRole, number | null>> = {};
  let currency: string | undefined;
  if (plan.col.amount !== undefined) {
    const a = parseAmount(fields[plan.col.amount], plan.decimalComma);
    if (!a.ok) return { kind: 'reject', reason: a.reason, missingCustomer: false };
    numbers.amount = a.value;
    currency = a.currency;
  }
  const text: Partial<Record<TextRole, string | null>> = {};
  for (const [role, c] of plan.textCols) {
    const v = role === 'customer_id' || role === 'order_id' ? fields[c].trim() : fields[c];
    text[role] = v === '' ? null : v;
  }
  let badNumber = false;
  for (const [role, c] of plan.numberCols) {
    if (role === 'amount') continue;
    const raw = fields[c];
    const v = raw.trim() === '' ? null : parseAmount(raw, plan.decimalComma);
    if (v && !v.ok) badNumber = true;
    numbers[role] = v && v.ok ? v.value : null;
  }
  const attributes: Record<string, string | null> = {};
  for (const [h, c] of plan.attrCols) {
    const v = fields[c] ?? '';
    attributes[h] = v === '' ? null : v;
  }
  return { kind: 'ok', text, day, numbers, attributes, currency, badNumber };
}
