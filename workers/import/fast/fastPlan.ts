import type { DateOrder, ImportOptions, NumberRole, Role, SniffResult, TextRole } from '../../ingest/types';
import { columnRoles } from '../../ingest/columnRoles';
import { parseDate } from '../../ingest/parseDate';

/**
 * Which file column feeds which role, and the settings a row is judged by: exactly what
 * `RecordImporter`'s constructor derives from the sniff, the mapping and the options, so the
 * fast path and the TypeScript path read the same columns the same way.
 */
export interface FastPlan {
  width: number;
  headers: string[];
  /** Headers lower-cased, for the repeated-header test. */
  headerKeys: string[];
  mapping: Record<string, Role>;
  /** The first column of each role ('attribute' and 'ignore' excluded); later ones are attributes. */
  col: Partial<Record<Role, number>>;
  textCols: [TextRole, number][];
  numberCols: [NumberRole, number][];
  /** Columns RecordImporter keeps as attributes: role 'attribute', and repeats of a taken role. */
  attrCols: [string, number][];
  /** Columns looked at for a totals label: the first, the customer id and the order id. */
  labelCols: number[];
  dateOrder: DateOrder;
  decimalComma: boolean;
  /** Days since 1970-01-01 that count as today (later dates are "future"). */
  today: number;
}

/** The plan for importing `sniff`'s file with `mapping` (the sniff's proposal with the user's changes). */
export function fastPlan(sniff: SniffResult, options: ImportOptions, mapping: Record<string, Role>): FastPlan {
  const { col, textCols, numberCols, attrCols } = columnRoles(sniff.headers, mapping);
  const today = options.today ? parseDate(options.today) : null;
  return {
    width: sniff.headers.length,
    headers: sniff.headers,
    headerKeys: sniff.headers.map((h) => h.toLowerCase()),
    mapping,
    col,
    textCols,
    numberCols,
    attrCols,
    labelCols: [...new Set([0, col.customer_id ?? 0, col.order_id ?? 0])],
    dateOrder: options.dateOrder ?? sniff.dateOrder,
    decimalComma: options.decimalComma ?? sniff.decimalComma,
    today: today?.ok ? today.days : Math.floor(Date.now() / 86_400_000),
  };
}
