import { sqlIdent } from './sqlIdent';

/** What rangedRowNumberSql numbers, and where it writes the numbers. */
export interface RangedRowNumberOptions {
  /** A table name or a parenthesised SELECT with an alias, holding `value`, `id` and `columns`. */
  source: string;
  /** The column to order by. */
  value: string;
  /** The column that breaks ties (unique per row, so the numbering is one total order). */
  id: string;
  /** Highest value first (1 = the highest); NULLs are last either way. */
  desc: boolean;
  /** The columns of `source` to keep beside the number, e.g. `rid, value`. */
  columns: string;
  /** The number column's name. */
  as: string;
  /** The table to make (replaced if it exists). */
  table: string;
  /** Make it a TEMP table. */
  temp?: boolean;
  /** How many value ranges to sort one at a time (1 = one statement). */
  parts: number;
}

const CUTS = '__ranged_cuts';
const OFFSET = '__ranged_offset';

/**
 * `row_number() OVER (ORDER BY value [DESC] NULLS LAST, id)` over every row of `source`, as
 * statements that write it, with `columns`, into `table`. With `parts` > 1 the rows are numbered
 * one range of values at a time: approximate quantiles of the value cut it into `parts` ranges,
 * each range is sorted alone and its numbers start after the rows of the ranges before it. Equal
 * values fall in one range, so the numbers are exactly those of the one window over all rows; the
 * sort holds a range's rows instead of all of them (a window's sort of 6.5M customers with their
 * ids grew the wasm heap by 404 MiB; in 5 ranges by 0, in 1.4x the time).
 *
 * The cuts and each range's offset are session variables (SET VARIABLE), so a range's filter is a
 * comparison with a constant that DuckDB pushes into the scan; both are reset at the end.
 */
export function rangedRowNumberSql(o: RangedRowNumberOptions): string[] {
  const { parts } = o;
  if (!(Number.isInteger(parts) && parts >= 1 && parts <= 1000)) throw new Error(`invalid parts: ${parts} (expected 1..1000)`);
  const v = sqlIdent(o.value);
  const order = `ORDER BY ${v}${o.desc ? ' DESC' : ''} NULLS LAST, ${sqlIdent(o.id)}`;
  const make = `CREATE OR REPLACE ${o.temp === true ? 'TEMP TABLE' : 'TABLE'} ${sqlIdent(o.table)} AS`;
  const select = (offset: string, where: string) =>
    `SELECT ${o.columns}, (row_number() OVER (${order})${offset})::INTEGER AS ${sqlIdent(o.as)}\nFROM ${o.source}${where}`;
  if (parts === 1) return [`${make} ${select('', '')}`];

  // Ascending cuts a[1] <= ... <= a[parts - 1] (list_sort: the sketch's quantiles need not come sorted);
  // range j (0-based) holds a[j] < value <= a[j + 1], the first and last ones open-ended.
  const fractions = Array.from({ length: parts - 1 }, (_, i) => String((i + 1) / parts)).join(', ');
  const cut = (i: number) => `getvariable('${CUTS}')[${i}]`;
  const range = (j: number) => {
    const terms = [...(j > 0 ? [`${v} > ${cut(j)}`] : []), ...(j < parts - 1 ? [`${v} <= ${cut(j + 1)}`] : [])];
    return terms.join(' AND ');
  };
  // The rows numbered before range j: the lower ranges ascending, the higher ones descending.
  const before = (j: number) => (o.desc ? `${v} > ${cut(j + 1)}` : `${v} <= ${cut(j)}`);
  // The ranges in the order they are numbered: highest values first when descending.
  const sequence = Array.from({ length: parts }, (_, i) => (o.desc ? parts - 1 - i : i));
  const out = [`SET VARIABLE ${CUTS} = (SELECT list_sort(approx_quantile(${v}, [${fractions}]::FLOAT[])) FROM ${o.source})`];
  sequence.forEach((j, n) => {
    // NULLs sort last: they join the range numbered last.
    const where = `\nWHERE ${n === parts - 1 ? `(${range(j)}) OR ${v} IS NULL` : range(j)}`;
    if (n === 0) {
      out.push(`${make} ${select('', where)}`);
      return;
    }
    out.push(`SET VARIABLE ${OFFSET} = (SELECT count(*) FROM ${o.source} WHERE ${before(j)})`);
    out.push(`INSERT INTO ${sqlIdent(o.table)} ${select(` + getvariable('${OFFSET}')`, where)}`);
  });
  out.push(`RESET VARIABLE ${CUTS}`, `RESET VARIABLE ${OFFSET}`);
  return out;
}
