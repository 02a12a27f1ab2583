import type { ChartLocale } from './types';

/** Locale-aware formatters for chart text; every chart number goes through one of these. */
export interface Formats {
  readonly locale: ChartLocale;
  /** Exact integer with grouping: 12,345. */
  int(n: number): string;
  /** Fixed number of decimals: 1.23. */
  num(n: number, digits?: number): string;
  /** Abbreviated from 10,000 up (12K, 1.2万); exact grouping below. */
  compact(n: number): string;
  /** Exact money: $1,234.50. */
  money(n: number): string;
  /** Short money: $4.12 under 10, $1,235 under 10,000, $12K above. */
  moneyShort(n: number): string;
  /** Share 0..1 as a percentage, more decimals for small shares: 71%, 4.2%, 0.04%. */
  pct(share: number): string;
  /** 'YYYY-MM' as a month name (Jan 2024, 2024年1月); other strings unchanged. */
  month(ym: string): string;
}

const COMPACT_FROM = 10_000;

function moneyFormat(locale: ChartLocale, currency: string, o: Intl.NumberFormatOptions) {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, ...o });
  } catch {
    return null; // unknown currency code: fall back to number + code
  }
}

// Intl formatters are slow to build and every chart render asks for them: build once per pair.
const built = new Map<string, Formats>();

/** The formatters for one locale and currency (built once, then shared). */
export function formats(locale: ChartLocale = 'en', currency = 'USD'): Formats {
  const key = `${locale}|${currency}`;
  let f = built.get(key);
  if (!f) built.set(key, (f = buildFormats(locale, currency)));
  return f;
}

function buildFormats(locale: ChartLocale, currency: string): Formats {
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o);
  const int = nf({ maximumFractionDigits: 0 });
  const compactNf = nf({ notation: 'compact', maximumFractionDigits: 1 });
  const pct0 = nf({ style: 'percent', maximumFractionDigits: 0 });
  const pct1 = nf({ style: 'percent', maximumFractionDigits: 1 });
  const pct2 = nf({ style: 'percent', maximumFractionDigits: 2 });
  const exact = moneyFormat(locale, currency, {});
  const cents = moneyFormat(locale, currency, { maximumFractionDigits: 2 });
  const whole = moneyFormat(locale, currency, { maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const short = moneyFormat(locale, currency, { notation: 'compact', maximumFractionDigits: 1, minimumFractionDigits: 0 });
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const withCode = (s: string) => `${s} ${currency}`;
  const fin = (n: number) => (Number.isFinite(n) ? n : 0);
  const compact = (n: number) => (Math.abs(fin(n)) >= COMPACT_FROM ? compactNf : int).format(fin(n));
  return {
    locale,
    int: (n) => int.format(fin(n)),
    num: (n, digits = 1) =>
      nf({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fin(n)),
    compact,
    money: (n) => (exact ? exact.format(fin(n)) : withCode(nf({ maximumFractionDigits: 2 }).format(fin(n)))),
    moneyShort: (n) => {
      const a = Math.abs(fin(n));
      const f = a >= COMPACT_FROM ? short : a >= 10 || Number.isInteger(n) ? whole : cents;
      return f ? f.format(fin(n)) : withCode(compact(n));
    },
    pct: (share) => {
      const s = fin(share);
      const a = Math.abs(s);
      return (a === 0 || a >= 0.1 ? pct0 : a >= 0.01 ? pct1 : pct2).format(s);
    },
    month: (ym) => {
      const m = /^(\d{4})-(\d{2})$/.exec(ym);
      return m ? month.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))) : ym;
    },
  };
}

/** Rounds to 0.01 so that rendered coordinates (and snapshots) are stable. */
export function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}
