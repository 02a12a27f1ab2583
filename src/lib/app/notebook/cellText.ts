import type { ColumnKind } from './gridSql';

/** A grid value as text: what is shown, and the exact value for the tooltip. */
export interface CellText {
  text: string;
  /** The exact value when `text` rounds it; else undefined. */
  exact?: string;
  isNull: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
    formatters.set(locale, f);
  }
  return f;
}

/**
 * The text of one value of a result grid (values are always text, never HTML). Floats are
 * formatted for the locale with at most 4 decimals, the exact value kept for the tooltip;
 * integers and other types come from the engine as DuckDB's own text and stay as they are.
 */
export function cellText(value: unknown, kind: ColumnKind, locale: string, nullText = 'NULL'): CellText {
  if (value === null || value === undefined) return { text: nullText, isNull: true };
  if (kind === 'float' && typeof value === 'number') {
    if (!Number.isFinite(value)) return { text: String(value), isNull: false };
    const text = numberFormat(locale).format(value);
    const exact = String(value);
    return { text, exact: exact !== text ? exact : undefined, isNull: false };
  }
  if (typeof value === 'bigint') return { text: value.toString(), isNull: false };
  return { text: String(value), isNull: false };
}
