import { rangedRowNumberSql } from '../../src/lib/sql/rangedRowNumberSql';
import { sqlIdent } from '../../src/lib/sql/sqlIdent';

/** The columns a click can select on, as they are named in the cell tables (see cellWhereSql). */
export const CELL_KEYS = ['tier', 'rf_key', 'cohort'] as const;

/**
 * Pre-aggregation for linked selection, built once after prepareOverviewSql so a click reads
 * small tables instead of customer_rfm and customer_periods:
 * - `overview_sel_agg`: per selectable key (kind = the key column, key = its value) the customers,
 *   revenue and monetary sums per (tier, r, f); tiers and the RF grid of any union of keys of one
 *   kind are sums of its rows, exactly, because every customer has one value per kind.
 * - `overview_sel_ret`: the same for retention, per (key, cohort, period).
 * - `overview_ranked`: one narrow row per customer with pos (rank by max(value, 0), customer_id:
 *   the Lorenz order), value_rank (the top-share order), x, revenue and the key columns, so the
 *   Lorenz curve, Gini and top-20% share of a selection are exact and sort integers only.
 * - `overview_totals`: all customers' count and revenue and the reference date (one row).
 * `segmentColumns` are customer_rfm's segment_<map> columns (each becomes a kind).
 *
 * With `parts` >= 1 (big data: see prepareSelectionCells) overview_ranked and the two helpers are
 * regular tables, which the database stores compressed, instead of TEMP ones, which it does not,
 * and the helpers are built one customer hash slice at a time, so their joins' hash tables hold
 * a slice's customers: at 5M rows the TEMP build held 780 MB, the compressed one 340 MB; and
 * overview_ranked is ordered by narrow sorts (one range of x each: rangedRowNumberSql) and
 * filled one range of positions at a time. The small-data build (`parts` 0) stays TEMP and
 * whole, which is faster. A previous
 * overview_ranked of either kind is dropped first, so the name never reads a stale one.
 */
export function selectionCellsSql(segmentColumns: string[], parts = 0): string[] {
  for (const c of segmentColumns) {
    if (!/^segment_\w+$/.test(c)) throw new Error(`invalid segment column: ${c} (expected segment_<map>)`);
  }
  const kinds = [...CELL_KEYS, ...segmentColumns].map(sqlIdent);
  const segs = segmentColumns.map((c) => `, ${sqlIdent(c)}`).join('');
  const agg = kinds
    .map((k) => `SELECT '${k.replaceAll('"', '')}' AS kind, ${k}::VARCHAR AS key, tier, r, f, count(*)::INTEGER AS customers,
  sum(revenue) AS revenue, sum(monetary) AS monetary, count(monetary)::INTEGER AS monetary_n
FROM overview_keys GROUP BY ALL`)
    .join('\nUNION ALL\n');
  if (!(Number.isInteger(parts) && parts >= 0)) throw new Error(`invalid parts: ${parts} (expected 0, 1, 2, ...)`);
  const made = parts > 0 ? 'TABLE' : 'TEMP TABLE';
  const slices = Math.max(1, parts);
  const from = (table: string, k: number, alias: string) =>
    parts > 1 ? `(SELECT * FROM ${table} WHERE hash(customer_id) % ${parts} = ${k}) AS ${alias}` : `${table} AS ${alias}`;
  const into = (table: string, k: number) => (k === 0 ? `CREATE OR REPLACE ${made} ${table} AS` : `INSERT INTO ${table}`);
  const keys = Array.from({ length: slices }, (_, k) => `${into('overview_keys', k)}
WITH c AS (SELECT customer_id, any_value(cohort) AS cohort FROM ${from('customer_periods', k, 'cp')} WHERE period = 0 GROUP BY customer_id)
SELECT customer_id, greatest(coalesce(value, 0), 0) AS x, value_rank, revenue, monetary, r, f, tier,
  r::VARCHAR || ',' || f::VARCHAR AS rf_key, c.cohort${segs}
FROM ${from('customer_rfm', k, 'customer_rfm')} LEFT JOIN c USING (customer_id)`);
  // Per customer slice: one join of its period rows to its customers' keys (from customer_rfm,
  // so overview_keys is gone by then) and one GROUP BY GROUPING SETS over it, a set per kind
  // (nothing is stored between the two); with several slices their counts and sums are added
  // up at the end, exactly, as each customer is in one slice.
  const byKind = kinds.filter((k) => k !== 'cohort');
  const pick = (then: (k: string) => string, otherwise: string) =>
    `CASE ${byKind.map((k) => `WHEN grouping(${k}) = 0 THEN ${then(k)}`).join(' ')} ELSE ${otherwise} END`;
  const ret = Array.from({ length: slices }, (_, k) => `${k === 0 ? 'CREATE OR REPLACE TEMP TABLE overview_sel_ret AS' : 'INSERT INTO overview_sel_ret'}
SELECT ${pick((c) => `'${c.replaceAll('"', '')}'`, "'cohort'")} AS kind, ${pick((c) => `${c}::VARCHAR`, 'cohort')} AS key,
  cohort, period, count(*)::INTEGER AS customers, sum(p.revenue) AS revenue
FROM ${from('customer_periods', k, 'p')}
JOIN (SELECT customer_id, tier, r::VARCHAR || ',' || f::VARCHAR AS rf_key${segs} FROM ${from('customer_rfm', k, 'c')}) AS k USING (customer_id)
GROUP BY GROUPING SETS (${[...byKind.map((c) => `(${c}, cohort, period)`), '(cohort, period)'].join(', ')})`);
  if (slices > 1) {
    ret.push(`CREATE OR REPLACE TEMP TABLE overview_sel_ret AS
SELECT kind, key, cohort, period, sum(customers)::INTEGER AS customers, sum(revenue) AS revenue
FROM overview_sel_ret GROUP BY ALL`);
  }
  const rankedColumns = `value_rank, x, revenue, tier, rf_key, cohort${segs}`;
  // Big data: the Lorenz order from sorts of (x, customer_id, rowid) only, then the rows joined
  // back one range of positions at a time. The window over the wide rows held every customer's
  // row twice (window, then ORDER BY): 6.5M customers took the wasm heap from 1.27 to 2.43 GB.
  const n = '(SELECT count(*) FROM overview_pos)';
  const ranked =
    parts === 0
      ? [`CREATE OR REPLACE ${made} overview_ranked AS
SELECT row_number() OVER (ORDER BY x, customer_id)::INTEGER AS pos, ${rankedColumns}
FROM overview_keys ORDER BY pos`]
      : [
          // One range of x per slice: one sort of every customer's id grew the heap by 288 MiB at 6.5M customers.
          ...rangedRowNumberSql({
            source: '(SELECT rowid AS rid, customer_id, x FROM overview_keys) AS k', value: 'x', id: 'customer_id', desc: false,
            columns: 'rid', as: 'pos', table: 'overview_pos', temp: true, parts: slices,
          }),
          ...Array.from({ length: slices }, (_, k) => `${into('overview_ranked', k)}
SELECT p.pos, ${rankedColumns}
FROM (SELECT rowid AS rid, * FROM overview_keys) AS k
JOIN (SELECT * FROM overview_pos WHERE pos > ${k} * ${n} // ${slices} AND pos <= ${k + 1} * ${n} // ${slices}) AS p USING (rid)
ORDER BY p.pos`),
          'DROP TABLE overview_pos',
        ];
  return [
    'DROP TABLE IF EXISTS temp.overview_ranked',
    'DROP TABLE IF EXISTS overview_ranked',
    ...keys,
    ...ranked,
    `CREATE OR REPLACE TEMP TABLE overview_sel_agg AS\n${agg}`,
    `CREATE OR REPLACE TEMP TABLE overview_totals AS
SELECT count(*) AS all_c, coalesce(sum(revenue), 0) AS all_rev, any_value(ref_date)::VARCHAR AS ref_date FROM customer_rfm`,
    // The keys are read by nothing after this: freed before the periods' joins.
    'DROP TABLE overview_keys',
    ...ret,
  ];
}

/** Every table selectionCellsSql makes, temporary or not, its helpers included (to drop after a failure). */
selectionCellsSql.TABLES = [
  'temp.overview_ranked', 'overview_ranked', 'overview_keys', 'overview_pos',
  'overview_sel_agg', 'overview_sel_ret', 'overview_totals',
] as const;
