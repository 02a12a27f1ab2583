import type { Table } from 'apache-arrow';
import { readColumns, type Column } from '../../../workers/analyses/readColumns';
import { selectionWhereSql } from '../../../workers/overview/selectionWhereSql';
import type { Selection } from '../../../workers/protocol';
import { columnsToCsv } from './columnsToCsv';
import { clvAllSql, clvOfCustomersSql, selectionCountSql } from './sql';
import type { AnalysisEngine } from './types';
import { num } from '../../../workers/analyses/num';

/** Customers as whole columns, as the engine's customer list returns them (best customers first). */
export interface CustomerColumns {
  names: string[];
  columns: Column[];
  /** Rows in `columns`. */
  rows: number;
}

/** The first rows of a selection's customer list and the selection's size. */
export interface CustomerPage extends CustomerColumns {
  total: number;
}

const active = (s: Selection | null) => (s && s.keys.length > 0 ? s : null);

function columnsOf(t: Table): CustomerColumns {
  const names = t.schema.fields.map((f) => f.name);
  const cols = readColumns(t, names);
  return { names, columns: names.map((n) => cols[n]), rows: t.numRows };
}

/** Add p_alive and clv (null for customers the fit has no value for) from id-keyed maps. */
function withClv(c: CustomerColumns, clv: Map<string, [number | null, number | null]>): CustomerColumns {
  const ids = c.columns[c.names.indexOf('customer_id')] ?? [];
  const pick = (k: 0 | 1) => ids.map((id) => clv.get(String(id))?.[k] ?? null);
  return { names: [...c.names, 'p_alive', 'clv'], columns: [...c.columns, pick(0), pick(1)], rows: c.rows };
}

async function clvMap(engine: AnalysisEngine, sql: string): Promise<Map<string, [number | null, number | null]>> {
  const v = readColumns(await engine.query(sql), ['customer_id', 'p_alive', 'clv']);
  const round = (x: number | string | null, d: number) => (x === null ? null : Math.round(num(x) * 10 ** d) / 10 ** d);
  return new Map(v.customer_id.map((id, i) => [String(id), [round(v.p_alive[i]!, 4), round(v.clv[i]!, 2)]]));
}

/**
 * The first `limit` customers of a selection (all customers when null), best first, with the
 * selection's size; P(alive) and CLV are added when the CLV models were fitted on this data.
 */
export async function loadCustomerPage(
  engine: AnalysisEngine,
  selection: Selection | null,
  opts: { limit?: number; clv?: boolean } = {},
): Promise<CustomerPage> {
  const sel = active(selection);
  let page = columnsOf(await engine.customerList(sel, opts.limit ?? 100));
  const total = readColumns(await engine.query(selectionCountSql(sel ? selectionWhereSql(sel) : null)), ['n']).n[0];
  if (opts.clv) {
    const ids = (page.columns[page.names.indexOf('customer_id')] ?? []).map(String);
    page = withClv(page, await clvMap(engine, clvOfCustomersSql(ids)));
  }
  return { ...page, total: num(total ?? 0) };
}

/** Every customer of a selection, column by column (p_alive and clv when fitted). */
export async function allCustomers(engine: AnalysisEngine, selection: Selection | null, opts: { clv?: boolean } = {}): Promise<CustomerColumns> {
  const all = columnsOf(await engine.customerList(active(selection)));
  return opts.clv ? withClv(all, await clvMap(engine, clvAllSql())) : all;
}

/** Every customer of a selection as CSV text (header = column names), formulas neutralised. */
export async function customersCsv(engine: AnalysisEngine, selection: Selection | null, opts: { clv?: boolean } = {}): Promise<string> {
  const all = await allCustomers(engine, selection, opts);
  return columnsToCsv(all.names, all.columns);
}
