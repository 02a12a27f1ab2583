import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { lifecycleSql } from '../../../src/lib/sql/lifecycleSql';
import { lifecycleStagesPartsSql } from '../../../src/lib/sql/lifecycleStagesPartsSql';
import { lifecycleStagesSql } from '../../../src/lib/sql/lifecycleStagesSql';
import { withCteSql } from '../../../src/lib/sql/withCteSql';
import { expectClose } from '../../helpers/expectClose';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('lifecycleStagesPartsSql', () => {
  it('lifecycleStagesPartsSql() places one slice at a time into customer_stage and a temp parts table', () => {
    const sql = lifecycleStagesPartsSql({ refDate: '2025-01-01', windowDays: 90 }, 2);
    expect(sql.build).toHaveLength(8);
    expect(sql.build[0]).toBe('CREATE OR REPLACE TEMP VIEW __life_part AS SELECT * FROM transactions WHERE hash(customer_id) % 2 = 0');
    expect(sql.build[1]).toContain("DATE '2025-01-01'");
    expect(sql.build[1]).toContain('ref_date - 90');
    expect(sql.build[2]).toBe('CREATE OR REPLACE TABLE customer_stage AS SELECT customer_id, stage FROM __life_slice');
    expect(sql.build[6]).toBe('INSERT INTO customer_stage SELECT customer_id, stage FROM __life_slice');
    expect(sql.drop).toEqual(['DROP VIEW IF EXISTS __life_part', 'DROP TABLE IF EXISTS __life_slice', 'DROP TABLE IF EXISTS __life_parts']);
    expect(() => lifecycleStagesPartsSql({ refDate: '2025-01-01' }, 0)).toThrow('invalid parts: 0 (expected a whole number >= 1)');
  });

  it('lifecycleStagesPartsSql() in 3 slices gives lifecycleStagesSql()\'s rows and every customer\'s stage', async () => {
    const d = await openNodeDuckDB();
    const refDate = loadGenerated(d, 3000, 37);
    const old = queryRows(d.conn, withCteSql({ customer_lifecycle: lifecycleSql() }, lifecycleStagesSql()));
    expect(old.filter((r) => Number(r.customers) > 0).length).toBeGreaterThan(3);
    const sql = lifecycleStagesPartsSql({ refDate }, 3);
    for (const s of sql.build) d.conn.query(s);
    expectClose(queryRows(d.conn, sql.query), old);
    const types = (q: string) => queryRows(d.conn, `DESCRIBE ${q}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
    expect(types(sql.query)).toEqual(types(withCteSql({ customer_lifecycle: lifecycleSql() }, lifecycleStagesSql())));
    for (const s of sql.drop) d.conn.query(s);
    const diff = `SELECT count(*) AS n FROM ((SELECT customer_id, stage FROM (${lifecycleSql()})) EXCEPT ALL (SELECT * FROM customer_stage))`;
    expect(queryRows(d.conn, diff)[0]!.n).toBe(0);
    expect(queryRows(d.conn, 'SELECT count(*) AS n FROM customer_stage')[0]!.n).toBe(3000);
    expect(queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__life%'")[0]!.n).toBe(0);
  });
});
