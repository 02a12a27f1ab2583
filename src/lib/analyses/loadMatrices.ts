import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { customerMatrixSql } from '../sql/customerMatrixSql';
import { customerSlicedTableSql } from '../sql/customerSlicedTableSql';
import { loyaltyMatrixFromTablesSql } from '../sql/loyaltyMatrixFromTablesSql';
import { matrixTrendSql } from '../sql/matrixTrendSql';
import { valueMatrixFromTablesSql } from '../sql/valueMatrixFromTablesSql';
import { dataParts } from './dataParts';
import { attitudeSql, behaviourSplitSql, cellsSql } from './sql';
import type { AnalysisEngine } from './types';

/** One quadrant: customers and (value matrix) their net revenue in the window. */
export interface CellRow { cell: string; customers: number; revenue: number | null }

/** A 2x2 matrix: its four cells (in the given order, empty ones with 0) and where each axis splits. */
export interface Matrix { cells: CellRow[]; xCut: number; yCut: number }

/** The matrices view's data. */
export interface MatricesData {
  value: Matrix;
  /** 'clv' when the future axis is the fitted CLV, else the recent-trend projection. */
  future: 'clv' | 'trend';
  /** The loyalty matrix, or null without an attitude column. */
  loyalty: (Matrix & { column: string }) | null;
  /** Behavioural loyalty alone (always given, the only loyalty figures without an attitude column). */
  behaviour: { high: number; low: number; median: number; repeaters: number };
}

export const VALUE_CELLS = ['A', 'B', 'C', 'D'] as const;
export const LOYALTY_CELLS = ['绝对忠诚', '惯性忠诚', '潜在忠诚', '非忠诚'] as const;

/** Fill the cut table of `m` (quadrantSplitSql), then read the cells and the cuts. */
async function matrix(engine: AnalysisEngine, m: { cuts: string[]; sql: string }, cutTable: string, order: readonly string[], value: string | null): Promise<Matrix> {
  for (const s of m.cuts) await engine.query(s);
  const c = readColumns(await engine.query(cellsSql(m.sql, value)), ['cell', 'customers', 'revenue']);
  const by = new Map(c.cell.map((k, i) => [String(k), i]));
  const cuts = readColumns(await engine.query(`SELECT x_cut, y_cut FROM ${cutTable}`), ['x_cut', 'y_cut']);
  return {
    cells: order.map((cell) => {
      const i = by.get(cell);
      return { cell, customers: i === undefined ? 0 : num(c.customers[i]), revenue: value === null ? null : i === undefined ? 0 : num(c.revenue[i]) };
    }),
    xCut: num(cuts.x_cut[0]),
    yCut: num(cuts.y_cut[0]),
  };
}

/** Numbers each load's tables: a load started while another runs (a CLV fit ends) must not drop the other's. */
let loads = 0;

/**
 * The ABC value matrix (future = fitted CLV when `clv`, else the recent-trend projection) and
 * the loyalty matrix when the data has an attitude column, split at the medians. The
 * per-customer rows come from customer_rfm (current value, orders) and customer_clv; what needs
 * the transactions (the trend sums, the mean attitude) is read once into a table, above 4M rows
 * one customer slice at a time (dataParts, or `given` in tests), then dropped. The matrix
 * queries over the orders (about three, each grouping every order at once) took the wasm heap
 * from 1.1 to 2.5 GiB on 20M rows (6.5M customers) in Node; this way, to 1.2 GiB.
 */
export async function loadMatrices(
  engine: AnalysisEngine,
  opts: { clv: boolean; attitudeColumn: string | null },
  given?: { parts: number; refDate: string | null },
): Promise<MatricesData> {
  // The matrices' per-customer inputs that need the transactions, each built once per load.
  const n = ++loads;
  const [trendTable, attitudeTable] = [`__matrix_trend_${n}`, `__matrix_attitude_${n}`];
  const [valueCuts, loyaltyCuts] = [`__matrix_value_cuts_${n}`, `__matrix_loyalty_cuts_${n}`];
  const drop: string[] = [`DROP TABLE IF EXISTS ${valueCuts}`, `DROP TABLE IF EXISTS ${loyaltyCuts}`];
  const split = opts.clv && opts.attitudeColumn === null ? null : (given ?? (await dataParts(engine)));
  const build = async (table: string, select: (from: string) => string) => {
    const parts = split === null || split.refDate === null ? 1 : split.parts;
    const sql = customerSlicedTableSql(table, select, parts);
    drop.push(...sql.drop);
    for (const s of sql.build) await engine.query(s);
  };
  try {
    let valueM: { cuts: string[]; sql: string };
    if (opts.clv) valueM = valueMatrixFromTablesSql({ future: { table: 'customer_clv', column: 'clv' }, cuts: valueCuts });
    else {
      // Sliced, every slice must share the reference date; in one statement it is the default (the same).
      const refDate = split !== null && split.parts > 1 && split.refDate !== null ? split.refDate : undefined;
      await build(trendTable, (from) => matrixTrendSql({ table: from, refDate }));
      valueM = valueMatrixFromTablesSql({ trend: trendTable, cuts: valueCuts });
    }
    const value = await matrix(engine, valueM, valueCuts, VALUE_CELLS, 'current_value');
    let loyalty: MatricesData['loyalty'] = null;
    let loyaltySql: string | null = null;
    if (opts.attitudeColumn !== null) {
      const column = opts.attitudeColumn;
      await build(attitudeTable, (from) => attitudeSql(column, from));
      const loyaltyM = loyaltyMatrixFromTablesSql({ attitude: { table: attitudeTable, column: 'attitude' }, cuts: loyaltyCuts });
      loyaltySql = loyaltyM.sql;
      loyalty = { ...(await matrix(engine, loyaltyM, loyaltyCuts, LOYALTY_CELLS, null)), column };
    }
    // Each customer's quadrants, kept so a click on a quadrant selects its customers.
    await engine.query(customerMatrixSql(valueM.sql, loyaltySql));
    const b = readColumns(await engine.query(behaviourSplitSql()), ['high', 'low', 'median', 'repeaters']);
    return {
      value,
      future: opts.clv ? 'clv' : 'trend',
      loyalty,
      behaviour: { high: num(b.high[0]), low: num(b.low[0]), median: num(b.median[0]), repeaters: num(b.repeaters[0]) },
    };
  } finally {
    for (const s of drop) await engine.query(s);
  }
}
