import type { Queryable } from './Queryable';

let counter = 0;

/**
 * Materialise `sql` as a temporary table for the duration of `fn`, so that several aggregate
 * queries read the per-customer rows once instead of rescanning transactions each time.
 */
export function withTempTable<T>(q: Queryable, sql: string, fn: (name: string) => T): T {
  const name = `segbook_tmp_${++counter}`;
  q.query(`CREATE OR REPLACE TEMP TABLE ${name} AS ${sql}`);
  try {
    return fn(name);
  } finally {
    q.query(`DROP TABLE IF EXISTS ${name}`);
  }
}
