import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { loadTransactions, queryRows } from '../../helpers/loadTransactions';

type Opened = Awaited<ReturnType<typeof openNodeDuckDB>>;

const GEN = new URL('../../../../shared/tools/gen-transactions.mjs', import.meta.url);

describe('prepareOverviewSql', () => {
  let d: Opened;
  beforeAll(async () => {
    d = await openNodeDuckDB();
    const tmp = mkdtempSync(join(tmpdir(), 'overview-'));
    try {
      const out = join(tmp, 'tx.csv');
      execFileSync(process.execPath, [GEN.pathname, '--customers', '3000', '--seed', '11', '--quiet', '--out', out, '--lines']);
      loadTransactions(d.db, d.conn, new Uint8Array(readFileSync(out)));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  const build = (sql: string[], suffix: string) => {
    for (const s of sql) d.conn.query(s);
    d.conn.query(`CREATE OR REPLACE TABLE rfm_${suffix} AS SELECT * FROM customer_rfm; CREATE OR REPLACE TABLE periods_${suffix} AS SELECT * FROM customer_periods`);
  };
  /** Rows in one table and not the other, both ways; doubles rounded (sums may add in another order). */
  const differ = (a: string, b: string) => {
    const cols = queryRows(d.conn, `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = '${a}' ORDER BY ordinal_position`);
    const list = cols.map((c) => (c.t === 'DOUBLE' ? `round(${c.c}, 6) AS ${c.c}` : String(c.c))).join(', ');
    const n = (x: string, y: string) => Number(queryRows(d.conn, `SELECT count(*) AS n FROM (SELECT ${list} FROM ${x} EXCEPT ALL SELECT ${list} FROM ${y})`)[0].n);
    return [n(a, b), n(b, a)];
  };

  it('prepareOverviewSql(opts, parts) builds the same customer_rfm and customer_periods in customer slices', () => {
    const refDate = String(queryRows(d.conn, 'SELECT (max(order_date) + 1)::VARCHAR AS d FROM transactions')[0].d);
    build(prepareOverviewSql(), 'whole');
    build(prepareOverviewSql({ refDate }, 3), 'sliced');
    expect(Number(queryRows(d.conn, 'SELECT count(*) AS n FROM rfm_sliced')[0].n)).toBeGreaterThan(2500);
    expect(differ('rfm_whole', 'rfm_sliced')).toEqual([0, 0]);
    expect(differ('periods_whole', 'periods_sliced')).toEqual([0, 0]);
    const left = queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__overview%'")[0].n;
    expect(Number(left)).toBe(0);
  });

  it('prepareOverviewSql() in parts needs a reference date, and without parts is two statements', () => {
    expect(() => prepareOverviewSql({}, 2)).toThrow('invalid parts: 2 (a refDate is needed to build in parts)');
    expect(prepareOverviewSql().map((s) => s.split(' AS')[0])).toEqual(['CREATE OR REPLACE TABLE customer_rfm', 'CREATE OR REPLACE TABLE customer_periods']);
  });
});
