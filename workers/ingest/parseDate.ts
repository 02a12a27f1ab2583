import type { DateOrder } from './types';
import { daysFromCivil } from './daysFromCivil';
import { excelSerialToDays } from './excelSerialToDays';

/** The result of `parseDate`: days since 1970-01-01 and the format seen, or why it failed. */
export type ParsedDate =
  | { ok: true; days: number; format: DateFormat }
  | { ok: false; reason: string };

/** Names of the date shapes `parseDate` reads (used to say "the column mixes formats"). */
export type DateFormat =
  | 'iso' | 'y/m/d' | 'yyyymmdd' | '年月日' | 'excel serial' | 'd/m/y or m/d/y' | 'd.m.y' | 'month name';

const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'januar', 'janvier', 'jänner'], ['february', 'feb', 'februar', 'février', 'fev'],
  ['march', 'mar', 'märz', 'maerz', 'mrz', 'mars'], ['april', 'apr', 'avril'],
  ['may', 'mai'], ['june', 'jun', 'juni', 'juin'], ['july', 'jul', 'juli', 'juillet'],
  ['august', 'aug', 'août'], ['september', 'sep', 'sept'], ['october', 'oct', 'oktober', 'okt', 'octobre'],
  ['november', 'nov'], ['december', 'dec', 'dezember', 'dez', 'décembre'],
].forEach((names, i) => { for (const n of names) MONTHS[n] = i + 1; });

const TIME_TAIL = /^(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AP]M)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?$/i;
const YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(.*)$/;
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(.*)$/;
const ABY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(.*)$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const D_MON_Y = /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]*([^\d\s./,-]{3,10})\.?[\s./,-]*(\d{4}|\d{2})$/;
const MON_D_Y = /^([^\d\s./,-]{3,10})\.?[\s./-]*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})$/;
const Y_MON_D = /^(\d{4})[\s./-]*([^\d\s./,-]{3,10})\.?[\s./-]*(\d{1,2})$/;
const CLOCK_TAIL = /\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?$/i;

/**
 * Reads one date cell. `order` settles `05/01/2024` (DMY or MDY, decided per column by
 * `inferDateFormat`); 'YMD' means the column showed no such dates, and day-first is then assumed
 * for ambiguous ones. Dotted dates are always day-first: no locale writes M.D.Y.
 * A time or zone after a date is dropped and the date kept as written, never shifted.
 */
export function parseDate(text: string, order: DateOrder = 'DMY'): ParsedDate {
  const s = text.trim();
  if (s === '') return { ok: false, reason: 'missing date' };

  // Fast path for the common ISO shape, read by char codes before any regex.
  if (s.length >= 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) {
      if (s.length > 10 && !TIME_TAIL.test(s.slice(10))) return bad(s, 'unrecognised time after the date');
      return civil(s, y, m, d, 'iso', order);
    }
  }
  let m = YMD.exec(s);
  if (m) return TIME_TAIL.test(m[5]) ? civil(s, +m[1], +m[3], +m[4], 'y/m/d', order) : bad(s, 'unrecognised time after the date');
  m = CJK.exec(s);
  if (m) return civil(s, +m[1], +m[2], +m[3], '年月日', order);
  if (s.length === 8 && digits(s, 0, 8) >= 0) return civil(s, digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8), 'yyyymmdd', order);
  m = ABY.exec(s);
  if (m) {
    if (!TIME_TAIL.test(m[5])) return bad(s, 'unrecognised time after the date');
    const a = +m[1], b = +m[3];
    const y = yearOf(m[4]);
    if (m[2] === '.') return civil(s, y, b, a, 'd.m.y', order);
    const monthFirst = order === 'MDY' || (order === 'YMD' && a <= 12 && b > 12);
    return monthFirst ? civil(s, y, a, b, 'd/m/y or m/d/y', order) : civil(s, y, b, a, 'd/m/y or m/d/y', order);
  }
  if (SERIAL.test(s)) {
    const days = excelSerialToDays(Number(s));
    return days === null ? bad(s, 'not an Excel date serial') : { ok: true, days, format: 'excel serial' };
  }
  const named = s.replace(WEEKDAY, '').replace(CLOCK_TAIL, '');
  if ((m = D_MON_Y.exec(named))) return monthName(s, m[2], yearOf(m[3]), +m[1], order);
  if ((m = MON_D_Y.exec(named))) return monthName(s, m[1], +m[3], +m[2], order);
  if ((m = Y_MON_D.exec(named))) return monthName(s, m[2], +m[1], +m[3], order);
  return bad(s, 'unrecognised format');
}

function bad(s: string, why: string): ParsedDate {
  return { ok: false, reason: `invalid date "${s}" (${why})` };
}

function civil(s: string, y: number, m: number, d: number, format: DateFormat, order: DateOrder): ParsedDate {
  if (m < 1 || m > 12) return bad(s, `no month ${m}${format === 'd/m/y or m/d/y' ? `; read as ${order === 'MDY' ? 'M/D/Y' : 'D/M/Y'}` : ''}`);
  const days = daysFromCivil(y, m, d);
  if (days === null) return bad(s, y < 1 ? 'no year 0' : `no day ${d} in ${y}-${String(m).padStart(2, '0')}`);
  return { ok: true, days, format };
}

function monthName(s: string, token: string, y: number, d: number, order: DateOrder): ParsedDate {
  const month = MONTHS[token.toLowerCase()];
  return month ? civil(s, y, month, d, 'month name', order) : bad(s, `unknown month "${token}"`);
}

/** The number written by the ASCII digits in s[from, to), or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function yearOf(text: string): number {
  return text.length === 2 ? twoDigitYear(+text) : +text;
}

// Excel's own pivot: 00-29 are 20xx, 30-99 are 19xx.
function twoDigitYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}
