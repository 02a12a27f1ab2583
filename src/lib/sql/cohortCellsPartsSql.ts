import { cohortSizesSql } from './cohortSizesSql';
import { customerPeriodsSql } from './customerPeriodsSql';
import { customerSliceViewSql } from './customerSliceViewSql';
import { sqlIdent } from './sqlIdent';

const VIEW = '__cohort_part';
const SIZES = '__cohort_part_sizes';

/**
 * Statements (`build`) that fill the temp table `into` with the cohort cells of grain `period`
 * (cohort, period, customers, revenue) one customer hash slice of `parts` at a time, for
 * cohortsFromPeriodsSql({ cells: into }) on data too big for cohortsSql in one statement: each
 * slice groups only its own customers' orders (customerPeriodsSql, cohorts from customer_rfm,
 * sizes counted once), and keeps a few thousand rows. `refDate` fixes the window for every
 * slice (each would otherwise take its own latest date); customer_rfm must cover the same one.
 * `drop` removes the temp view and tables, `into` too: run it after reading, also on failure.
 */
export function cohortCellsPartsSql(opts: { into: string; period: 'month' | 'week' | 'quarter'; parts: number; refDate: string; table?: string }): {
  build: string[];
  drop: string[];
} {
  if (!Number.isInteger(opts.parts) || opts.parts < 1) throw new Error(`invalid parts: ${opts.parts} (expected a whole number >= 1)`);
  const into = sqlIdent(opts.into);
  const out = [`CREATE OR REPLACE TEMP TABLE ${SIZES} AS ${cohortSizesSql(opts.period)}`];
  for (let k = 0; k < opts.parts; k++) {
    const rfm = `(SELECT customer_id, first_date FROM customer_rfm WHERE hash(customer_id) % ${opts.parts} = ${k})`;
    const periods = customerPeriodsSql({ table: VIEW, refDate: opts.refDate, period: opts.period, rfm, sizes: SIZES });
    const cells = `SELECT cohort, period, count(*) AS customers, sum(revenue) AS revenue FROM (${periods}) AS p GROUP BY cohort, period`;
    out.push(customerSliceViewSql(VIEW, k, opts.parts, opts.table), k === 0 ? `CREATE OR REPLACE TEMP TABLE ${into} AS ${cells}` : `INSERT INTO ${into} ${cells}`);
  }
  return { build: out, drop: [`DROP VIEW IF EXISTS ${VIEW}`, `DROP TABLE IF EXISTS ${SIZES}`, `DROP TABLE IF EXISTS ${into}`] };
}
