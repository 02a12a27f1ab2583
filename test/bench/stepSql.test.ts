import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nativeImportSql } from '../../bench/nativeImportSql';
import { recordOverviewSql } from '../../bench/recordOverviewSql';
import { SELECTION, stepSql } from '../../bench/stepSql';
import { prepareOverviewSql } from '../../workers/overview/prepareOverviewSql';
import { overviewParts } from '../../workers/overview/overviewParts';

const CSV = `order_id,customer_id,order_date,amount,product,category,region,channel
O000000001,C000001,2022-10-01,21.63,Coffee Beans 1kg,Grocery,Central,web
O000000002,C000001,2023-02-08,38.84,Coffee Beans 1kg,Grocery,Central,web
O000000003,C000002,2023-03-01,10.00,Pasta,Grocery,North,store
O000000004,C000003,2024-12-30,99.5,Tent,Sports & Outdoors,South,app
`;

describe('recordOverviewSql', () => {
  it('captures the overview statements, with the selection filter when there is one', () => {
    const all = recordOverviewSql(null);
    const sel = recordOverviewSql(SELECTION);
    expect(all.some((s) => s.includes('FROM customer_rfm'))).toBe(true);
    expect(all.join('\n')).not.toContain('tier IN');
    expect(sel.join('\n')).toContain("tier IN ('次要客户')");
  });
});

describe('native steps on @duckdb/node-api', () => {
  it('import into the engine schema, then every step SQL runs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
    const file = path.join(dir, "it's.csv");
    writeFileSync(file, CSV);
    const db = await DuckDBInstance.create(':memory:', { threads: '1' });
    const c = await db.connect();
    try {
      await c.run(nativeImportSql(file));
      const cols = (await c.runAndReadAll("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'transactions' ORDER BY ordinal_position")).getRows();
      expect(cols).toEqual([
        ['line', 'INTEGER'], ['customer_id', 'VARCHAR'], ['order_id', 'VARCHAR'], ['product', 'VARCHAR'], ['category', 'VARCHAR'],
        ['region', 'VARCHAR'], ['channel', 'VARCHAR'], ['order_date', 'DATE'], ['amount', 'DOUBLE'], ['quantity', 'DOUBLE'],
        ['unit_price', 'DOUBLE'], ['cost', 'DOUBLE'], ['margin', 'DOUBLE'],
      ]);
      const first = (await c.runAndReadAll('SELECT line, customer_id, amount, quantity FROM transactions ORDER BY line LIMIT 1')).getRows();
      expect(first).toEqual([[2, 'C000001', 21.63, null]]);
      const sql = stepSql();
      const whole = await sql.rfm(4, () => Promise.reject(new Error('no reference date needed for one statement')), false);
      // The table made (customerRfmDdl), then filled in one statement.
      expect(whole).toHaveLength(2);
      // Lines read as orders when the import marked the table so, as prepareOverview does.
      expect(whole[1]).toContain('GROUP BY customer_id, order_id');
      const lines = await sql.rfm(4, () => Promise.reject(new Error('no reference date needed')), true);
      expect(lines[1]).not.toContain('GROUP BY customer_id, order_id');
      expect(sql.prepare(true)).toEqual(prepareOverviewSql({ linesAreOrders: true }));
      // Past overviewParts' threshold the same step runs in customer slices, as the engine does:
      // the wide rows in twice as many ranges as the aggregation, into the table made before them.
      const sliced = await sql.rfm(20_000_000, async () => '2024-12-31', true);
      expect(sliced.filter((s) => s.startsWith('INSERT INTO customer_rfm'))).toHaveLength(2 * overviewParts(20_000_000));
      const cohorts = await sql.cohorts(4, () => Promise.reject(new Error('no reference date needed for one part')));
      expect(cohorts.some((s) => s.includes('FROM customer_periods'))).toBe(true);
      // Past the threshold the repeat figures run in customer slices, with their temp tables dropped after.
      const cohortsSliced = await sql.cohorts(20_000_000, async () => '2024-12-31');
      expect(cohortsSliced.filter((s) => s.startsWith('CREATE OR REPLACE TEMP VIEW __repeat_part'))).toHaveLength(overviewParts(20_000_000));
      for (const s of [...prepareOverviewSql(), ...whole, ...lines, ...sliced, ...sql.pyramid, ...cohorts, ...cohortsSliced, ...recordOverviewSql(null), ...recordOverviewSql(SELECTION)]) {
        await c.runAndReadAll(s);
      }
      const tiers = (await c.runAndReadAll(sql.pyramid[0])).getRows();
      expect(tiers.reduce((n, r) => n + Number(r[2]), 0)).toBe(3);
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});
