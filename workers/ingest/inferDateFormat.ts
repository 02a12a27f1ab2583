import type { DateOrder } from './types';
import { parseDate, type DateFormat } from './parseDate';

/** What a date column's sample says about its format. */
export interface DateColumnFormat {
  order: DateOrder;     // how to read `05/01/2024`; 'YMD' when the column has no such dates
  decided: boolean;     // false when every slash date had day and month <= 12
  conflict: boolean;    // some values only fit D/M/Y and others only M/D/Y
  formats: DateFormat[];// distinct formats seen, in first-seen order
  parsed: number;       // values that parse (under `order`)
  failed: number;       // non-empty values that do not
}

const ABY = /^\s*(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})\b/;

/**
 * Decides day-first vs month-first for one column from its values: a first part above 12 proves
 * D/M/Y, a second part above 12 proves M/D/Y. When nothing decides, the answer is D/M/Y (most of
 * the world writes day first; the mapping panel asks, and the user can say M/D/Y), with
 * `decided: false`. Dotted dates are day-first by convention and do not count as evidence.
 */
export function inferDateFormat(values: readonly string[]): DateColumnFormat {
  let dmy = 0, mdy = 0, ambiguous = 0;
  for (const v of values) {
    const m = ABY.exec(v);
    if (!m) continue;
    const a = +m[1], b = +m[2];
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
    else if (a <= 12 && b <= 12) ambiguous++;
  }
  let order: DateOrder = 'YMD';
  if (dmy > 0 || mdy > 0) order = mdy > dmy ? 'MDY' : 'DMY';
  else if (ambiguous > 0) order = 'DMY';
  const formats: DateFormat[] = [];
  let parsed = 0, failed = 0;
  for (const v of values) {
    if (v.trim() === '') continue;
    const r = parseDate(v, order);
    if (!r.ok) { failed++; continue; }
    parsed++;
    if (!formats.includes(r.format)) formats.push(r.format);
  }
  return { order, decided: dmy > 0 || mdy > 0 || ambiguous === 0, conflict: dmy > 0 && mdy > 0, formats, parsed, failed };
}
