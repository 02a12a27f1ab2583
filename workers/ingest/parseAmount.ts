/** The result of `parseAmount`: the number and the currency the cell named, or why it failed. */
export type ParsedAmount =
  | { ok: true; value: number; currency?: string }
  | { ok: false; reason: string };

// Longest first, so "US$" wins over "$" and "RMB" is not read as an unknown word.
const CURRENCIES: [string, string][] = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['A$', 'AUD'], ['C$', 'CAD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['HKD', 'HKD'],
  ['TWD', 'TWD'], ['CHF', 'CHF'], ['AUD', 'AUD'], ['CAD', 'CAD'], ['SGD', 'SGD'], ['KRW', 'KRW'], ['INR', 'INR'],
  ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['PLN', 'PLN'], ['CZK', 'CZK'], ['RUB', 'RUB'], ['BRL', 'BRL'],
  ['MXN', 'MXN'], ['ZAR', 'ZAR'], ['人民币', 'CNY'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'CNY/JPY'],
  ['￥', 'CNY/JPY'], ['元', 'CNY'], ['円', 'JPY'], ['₩', 'KRW'], ['₹', 'INR'], ['₽', 'RUB'], ['ZŁ', 'PLN'],
];
const MINUS = new Set(['-', '\u2212', '\u2013', '\u2012', '\uFE63', '\uFF0D']);
// Thousands separators that can never be a decimal mark: spaces of all widths and the Swiss apostrophe.
const GROUP_SPACE = /[\s\u00A0\u202F\u2009\u2007'\u2019]/g;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;

/**
 * Reads a money cell: currency symbols or codes before or after the number (¥ $ € £ 元 RMB USD...),
 * thousands separators (comma, dot, spaces incl. NBSP and narrow NBSP, apostrophe), decimal comma,
 * accounting parentheses, a trailing minus (SAP) and the Unicode minus. When a cell has both a dot
 * and a comma, the last one is the decimal mark; a lone separator followed by exactly three digits
 * ("1.234", "1,234") is the only ambiguous case, and `decimalComma` (inferred per column) settles it.
 */
export function parseAmount(text: string, decimalComma = false): ParsedAmount {
  const raw = text.trim();
  if (raw === '') return { ok: false, reason: 'missing amount' };
  if (PLAIN.test(raw) && !(decimalComma && /^-?\d{1,3}\.\d{3}$/.test(raw))) return { ok: true, value: Number(raw) + 0 };
  const bad = (): ParsedAmount => ({ ok: false, reason: `invalid amount "${raw}"` });

  let s = raw;
  let negative = false;
  let signs = 0; // "--5" or "(-5)" is a typo, not a positive number
  let currency: string | undefined;
  // Peel signs, parentheses and currency marks off both ends until nothing changes.
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    s = s.trim();
    if (s.startsWith('(') && s.endsWith(')')) { negative = true; signs++; s = s.slice(1, -1); continue; }
    if (MINUS.has(s[0])) { negative = true; signs++; s = s.slice(1); continue; }
    if (s.length > 1 && MINUS.has(s[s.length - 1])) { negative = true; signs++; s = s.slice(0, -1); continue; }
    if (s[0] === '+') { signs++; s = s.slice(1); continue; }
    const upper = s.toUpperCase();
    const lead = CURRENCIES.find(([sym]) => upper.startsWith(sym));
    if (lead) { if (currency && currency !== lead[1]) return bad(); currency = lead[1]; s = s.slice(lead[0].length); continue; }
    const tail = CURRENCIES.find(([sym]) => upper.endsWith(sym));
    if (tail) { if (currency && currency !== tail[1]) return bad(); currency = tail[1]; s = s.slice(0, -tail[0].length); continue; }
    if (s === before) break;
  }
  if (signs > 1) return bad();
  const value = SCIENTIFIC.test(s) ? Number(s) : readNumber(s, decimalComma);
  // 1e999 is Infinity: no amount, and it would poison every sum it enters.
  return value === null || !Number.isFinite(value) ? bad() : { ok: true, value: signed(value, negative), currency };
}

function signed(value: number, negative: boolean): number {
  // `+ 0` turns -0 (from "-0.00") into 0 so that it counts as a zero amount, not a return.
  return (negative ? -value : value) + 0;
}

function readNumber(body: string, decimalComma: boolean): number | null {
  const spaced = GROUP_SPACE.test(body);
  GROUP_SPACE.lastIndex = 0;
  const s = body.replace(GROUP_SPACE, spaced ? '_' : '');
  if (!/^[\d.,_]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    const after = s.length - (lastDot >= 0 ? lastDot : lastComma) - 1;
    if (count > 1) decimal = null;
    else if (after !== 3 || spaced) decimal = sep;
    else decimal = (sep === ',') === decimalComma ? sep : null;
  }
  let intPart = s, frac = '';
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!/^\d+$/.test(frac)) return null;
  }
  const groups = intPart.split(/[.,_]/);
  if (groups.length > 1) {
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
  } else if (!/^\d*$/.test(intPart) || (intPart === '' && frac === '')) return null;
  return Number(`${groups.join('') || '0'}.${frac || '0'}`);
}
