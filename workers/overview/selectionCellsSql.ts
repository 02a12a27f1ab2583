import { cohortPeriodSql } from '../../src/lib/sql/cohortPeriodSql';
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
 * - `overview_totals`: all customers' count and revenue and the reference date (one row).
 * `segmentColumns` are customer_rfm's segment_<map> columns (each becomes a kind). A customer's
 * keys are expressions over its customer_rfm row (its cohort is its first order's month, as in
 * customer_periods), so no table of keys is held beside the cells.
 *
 * A selection's Lorenz curve, Gini and top-20% share read customer_rfm's own rows (cellWhereSql,
 * cellOverviewSql): value_rank read backwards is the Lorenz order, so no copy of them is kept.
 *
 * With `parts` > 1 (big data: see prepareSelectionCells) the retention cells are counted one
 * customer hash slice at a time, so the join of the periods to the keys holds a slice's customers.
 */
export function selectionCellsSql(segmentColumns: string[], parts = 0): string[] {
  for (const c of segmentColumns) {
    if (!/^segment_\w+$/.test(c)) throw new Error(`invalid segment column: ${c} (expected segment_<map>)`);
  }
  if (!(Number.isInteger(parts) && parts >= 0)) throw new Error(`invalid parts: ${parts} (expected 0, 1, 2, ...)`);
  const kinds = [...CELL_KEYS, ...segmentColumns].map(sqlIdent);
  const segs = segmentColumns.map((c) => `, ${sqlIdent(c)}`).join('');
  // The keys of a customer_rfm row (alias c); prepareOverviewSql's customer_periods is monthly.
  const month = cohortPeriodSql('month');
  const rfKey = "c.r::VARCHAR || ',' || c.f::VARCHAR";
  const cohort = month.label(month.start('c.first_date'));
  const keys = `(SELECT c.customer_id, c.revenue, c.monetary, c.r, c.f, c.tier, ${rfKey} AS rf_key, ${cohort} AS cohort${segs}
FROM customer_rfm AS c)`;
  const agg = kinds
    .map((k) => `SELECT '${k.replaceAll('"', '')}' AS kind, ${k}::VARCHAR AS key, tier, r, f, count(*)::INTEGER AS customers,
  sum(revenue) AS revenue, sum(monetary) AS monetary, count(monetary)::INTEGER AS monetary_n
FROM ${keys} AS k GROUP BY ALL`)
    .join('\nUNION ALL\n');
  const slices = Math.max(1, parts);
  const slice = (table: string, k: number, alias: string) =>
    parts > 1 ? `(SELECT * FROM ${table} WHERE hash(customer_id) % ${parts} = ${k}) AS ${alias}` : `${table} AS ${alias}`;
  // Per customer slice: one join of its period rows to its customers' keys and one GROUP BY
  // GROUPING SETS over it, a set per kind (nothing stored between the two); with several slices
  // their counts and sums are added up at the end, exactly, as each customer is in one slice.
  const byKind = kinds.filter((k) => k !== 'cohort');
  const pick = (then: (k: string) => string, otherwise: string) =>
    `CASE ${byKind.map((k) => `WHEN grouping(${k}) = 0 THEN ${then(k)}`).join(' ')} ELSE ${otherwise} END`;
  const ret = Array.from({ length: slices }, (_, k) => `${k === 0 ? 'CREATE OR REPLACE TEMP TABLE overview_sel_ret AS' : 'INSERT INTO overview_sel_ret'}
SELECT ${pick((c) => `'${c.replaceAll('"', '')}'`, "'cohort'")} AS kind, ${pick((c) => `${c}::VARCHAR`, 'cohort')} AS key,
  cohort, period, count(*)::INTEGER AS customers, sum(p.revenue) AS revenue
FROM ${slice('customer_periods', k, 'p')}
JOIN (SELECT c.customer_id, c.tier, ${rfKey} AS rf_key${segs} FROM ${slice('customer_rfm', k, 'c')}) AS k USING (customer_id)
GROUP BY GROUPING SETS (${[...byKind.map((c) => `(${c}, cohort, period)`), '(cohort, period)'].join(', ')})`);
  if (slices > 1) {
    ret.push(`CREATE OR REPLACE TEMP TABLE overview_sel_ret AS
SELECT kind, key, cohort, period, sum(customers)::INTEGER AS customers, sum(revenue) AS revenue
FROM overview_sel_ret GROUP BY ALL`);
  }
  return [
    `CREATE OR REPLACE TEMP TABLE overview_sel_agg AS\n${agg}`,
    `CREATE OR REPLACE TEMP TABLE overview_totals AS
SELECT count(*) AS all_c, coalesce(sum(revenue), 0) AS all_rev, any_value(ref_date)::VARCHAR AS ref_date FROM customer_rfm`,
    ...ret,
  ];
}

/** Every table selectionCellsSql makes (all temporary), to drop after a failure. */
selectionCellsSql.TABLES = [
  'overview_sel_agg', 'overview_sel_ret', 'overview_totals',
] as const;
