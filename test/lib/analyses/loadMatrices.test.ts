import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { LOYALTY_CELLS, VALUE_CELLS, loadMatrices } from '../../../src/lib/analyses/loadMatrices';
import { attitudeSql, behaviourSplitSql, cellsSql } from '../../../src/lib/analyses/sql';
import { customerMatrixSql } from '../../../src/lib/sql/customerMatrixSql';
import { loyaltyMatrixSql } from '../../../src/lib/sql/loyaltyMatrixSql';
import { valueMatrixSql } from '../../../src/lib/sql/valueMatrixSql';
import { withCteSql } from '../../../src/lib/sql/withCteSql';
import { expectClose } from '../../helpers/expectClose';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('loadMatrices()', () => {
  let engine: Engine;
  let client: AnalysisEngine;
  const sent: string[] = [];
  const rows = (sql: string) => engine.query(sql).toArray().map((r) => JSON.stringify(r));
  const matrixRows = () => rows('SELECT * FROM customer_matrix ORDER BY matrix, customer_id');

  /** What loadMatrices gave before it read per-customer tables: each query over the orders. */
  function ordersResult(clv: boolean) {
    const valueSql = valueMatrixSql(clv ? { future: { table: 'customer_clv', column: 'clv' } } : {});
    const loyaltySql = withCteSql({ customer_attitude: attitudeSql('satisfaction') },
      loyaltyMatrixSql({ attitude: { table: 'customer_attitude', column: 'attitude' } }));
    const read = (sql: string, order: readonly string[], x: string, y: string, value: string | null) => {
      const cells = engine.query(cellsSql(sql, value)).toArray().map((r) => r.toJSON());
      const cuts = engine.query(`SELECT quantile_cont(${x}, 0.5) AS x_cut, quantile_cont(${y}, 0.5) AS y_cut FROM (${sql}) AS m`).toArray()[0]!.toJSON();
      return {
        cells: order.map((cell) => {
          const c = cells.find((r) => r.cell === cell);
          return { cell, customers: c ? c.customers : 0, revenue: value === null ? null : c ? c.revenue : 0 };
        }),
        xCut: cuts.x_cut, yCut: cuts.y_cut,
      };
    };
    const b = engine.query(behaviourSplitSql()).toArray()[0]!.toJSON();
    engine.query(customerMatrixSql(valueSql, loyaltySql));
    return {
      data: {
        value: read(valueSql, VALUE_CELLS, 'current_value', 'future_value', 'current_value'),
        future: clv ? 'clv' : 'trend',
        loyalty: { ...read(loyaltySql, LOYALTY_CELLS, 'behaviour', 'attitude', null), column: 'satisfaction' },
        behaviour: { high: b.high, low: b.low, median: b.median, repeaters: b.repeaters },
      },
      customers: matrixRows(),
    };
  }

  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    engine.exec(`ALTER TABLE transactions ADD COLUMN satisfaction VARCHAR;
      UPDATE transactions SET satisfaction = CASE WHEN hash(customer_id, line) % 13 = 0 THEN 'n/a' ELSE (hash(customer_id) % 10)::VARCHAR END`);
    engine.prepareOverview();
    engine.exec(`CREATE TABLE customer_clv AS SELECT customer_id, (hash(customer_id) % 300)::DOUBLE AS clv
      FROM customer_rfm WHERE hash(customer_id) % 9 <> 0`);
    client = {
      query: async (sql) => (sent.push(sql), engine.query(sql)),
      analyze: async (req) => engine.analyze(req),
      customerList: async () => { throw new Error('not used'); },
    };
  });

  it('loadMatrices() gives what the queries over the orders gave, in one statement or in customer slices', async () => {
    const refDate = String(engine.query('SELECT (max(order_date) + 1)::VARCHAR AS d FROM transactions').toArray()[0]!.d);
    for (const clv of [false, true]) {
      const old = ordersResult(clv);
      expect(old.data.value.cells.filter((c) => c.customers > 0)).toHaveLength(4);
      for (const given of [{ parts: 1, refDate }, { parts: 3, refDate }]) {
        sent.length = 0;
        engine.exec('DROP TABLE customer_matrix');
        const m = await loadMatrices(client, { clv, attitudeColumn: 'satisfaction' }, given);
        expectClose(m, old.data);
        expect(matrixRows()).toEqual(old.customers);
        // The orders are read once (trend sums, clv aside), the lines once for the attitude: per slice when sliced.
        const views = sent.filter((s) => s.startsWith('CREATE OR REPLACE TEMP VIEW'));
        expect(views).toHaveLength(given.parts === 1 ? 0 : (clv ? 1 : 2) * given.parts);
        expect(sent.filter((s) => s.includes('GROUP BY customer_id, order_id'))).toHaveLength(clv ? 0 : given.parts);
      }
    }
    expect(engine.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__matrix%'").toArray()[0]!.n).toBe(0);
    expect(engine.query("SELECT count(*) AS n FROM duckdb_views() WHERE view_name LIKE '__matrix%'").toArray()[0]!.n).toBe(0);
  });

  it('loadMatrices() started while another load runs gives both their answers (each load has its own tables)', async () => {
    const refDate = String(engine.query('SELECT (max(order_date) + 1)::VARCHAR AS d FROM transactions').toArray()[0]!.d);
    const alone = [await loadMatrices(client, { clv: false, attitudeColumn: 'satisfaction' }), await loadMatrices(client, { clv: true, attitudeColumn: 'satisfaction' })];
    const both = await Promise.all([
      loadMatrices(client, { clv: false, attitudeColumn: 'satisfaction' }, { parts: 2, refDate }),
      loadMatrices(client, { clv: true, attitudeColumn: 'satisfaction' }, { parts: 2, refDate }),
    ]);
    expectClose(both, alone);
    expect(engine.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__matrix%'").toArray()[0]!.n).toBe(0);
  });

  it('loadMatrices() keeps each customer\'s quadrants, and a quadrant selects as many customers as it shows', async () => {
    const m = await loadMatrices(client, { clv: false, attitudeColumn: 'satisfaction' });
    for (const [matrix, cells] of [['value', m.value.cells], ['loyalty', m.loyalty!.cells]] as const) {
      expect(cells.filter((c) => c.customers > 0).length).toBeGreaterThanOrEqual(3);
      for (const c of cells) {
        const o = engine.overview({ source: 'matrix', column: matrix, keys: [c.cell] });
        expect(o.customers, `${matrix} ${c.cell}`).toBe(c.customers);
        expect(o.tiers.reduce((s, t) => s + t.customers, 0)).toBe(c.customers);
      }
    }
    // Two quadrants together: the sum of both.
    const ab = engine.overview({ source: 'matrix', column: 'value', keys: ['A', 'B'] });
    expect(ab.customers).toBe(m.value.cells[0]!.customers + m.value.cells[1]!.customers);
  });
});
