import type { Table } from 'apache-arrow';
import { schemaSql } from './runPlan';

/** Columns of every table and view (table name -> column names), for completions and chart fields. */
export async function loadSchema(engine: { query(sql: string): Promise<Table> }): Promise<Record<string, string[]>> {
  const t = await engine.query(schemaSql());
  const tables = t.getChild('table_name')?.toArray() ?? [];
  const columns = t.getChild('column_name')?.toArray() ?? [];
  const schema: Record<string, string[]> = {};
  for (let i = 0; i < t.numRows; i++) (schema[String(tables[i])] ??= []).push(String(columns[i]));
  return schema;
}
