import { prepareCustomerRfmSql } from '../../../workers/overview/prepareCustomerRfmSql';
import { customerPeriodsSql } from '../sql/customerPeriodsSql';
import { lifecycleSql } from '../sql/lifecycleSql';

/**
 * The engine's own tables the script can build in SQL, by name, each as the statements the app
 * runs after an import (prepareOverviewSql's, in one part).
 */
const BUILDERS: Record<string, () => string[]> = {
  customer_rfm: () => prepareCustomerRfmSql(),
  customer_periods: () => [`CREATE OR REPLACE TABLE customer_periods AS ${customerPeriodsSql()}`],
  // As the lifecycle panel builds it with its default rules (src/lib/analyses/loadLifecycle.ts).
  customer_stage: () => [`CREATE OR REPLACE TABLE customer_stage AS SELECT customer_id, stage FROM (${lifecycleSql({})}) AS l`],
};

/** Engine tables built from another: customer_periods takes each customer's cohort from customer_rfm. */
const NEEDS: Record<string, string[]> = { customer_periods: ['customer_rfm'] };

/**
 * The statements that build the engine tables among `names` (lowercased table names the cells
 * read) and the ones those are built from, in a fixed order, and the engine tables among them
 * that only the app can make (customer_clv is written by the CLV fit, which runs in TypeScript;
 * overview_selected is the page's current selection).
 */
export function engineTablesSql(names: ReadonlySet<string>): { statements: string[]; unavailable: string[] } {
  const wanted = new Set([...names, ...[...names].flatMap((n) => NEEDS[n] ?? [])]);
  const statements = Object.keys(BUILDERS).filter((n) => wanted.has(n)).flatMap((n) => BUILDERS[n]!().map((sql) => `${sql};`));
  const unavailable = ['customer_clv', 'overview_selected'].filter((n) => names.has(n));
  return { statements, unavailable };
}
