import type { Table } from 'apache-arrow';

/** The first value of a query's first column (undefined when there is no row): what a lesson check compares. */
export async function firstValue(engine: { query(sql: string): Promise<Table> }, sql: string): Promise<unknown> {
  const t = await engine.query(sql);
  return t.numRows === 0 ? undefined : t.getChildAt(0)?.get(0);
}
