import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { repeatStatsPartsSql } from '../../../src/lib/sql/repeatStatsPartsSql';
import { repeatStatsSql } from '../../../src/lib/sql/repeatStatsSql';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('repeatStatsPartsSql', () => {
  it('repeatStatsPartsSql() is repeatStatsSql() alone for one part or no dates, else a view and a part per slice', () => {
    expect(repeatStatsPartsSql(1, '2025-01-01')).toEqual({ build: [], query: repeatStatsSql(), drop: [] });
    expect(repeatStatsPartsSql(3, null)).toEqual({ build: [], query: repeatStatsSql(), drop: [] });
    const sql = repeatStatsPartsSql(2, '2025-01-01');
    expect(sql.build).toHaveLength(4);
    expect(sql.build[0]).toBe('CREATE OR REPLACE TEMP VIEW __repeat_part AS SELECT * FROM transactions WHERE hash(customer_id) % 2 = 0');
    expect(sql.build[1]).toMatch(/^CREATE OR REPLACE TEMP TABLE __repeat_parts AS WITH c AS/);
    expect(sql.build[3]).toMatch(/^INSERT INTO __repeat_parts WITH c AS/);
    expect(sql.build[3]).toContain("DATE '2025-01-01'");
    expect(sql.query).toMatch(/FROM __repeat_parts$/);
    expect(sql.drop).toEqual(['DROP VIEW IF EXISTS __repeat_part', 'DROP TABLE IF EXISTS __repeat_parts']);
  });

  it('repeatStatsPartsSql() in 4 slices gives repeatStatsSql()\'s row exactly and leaves nothing behind', async () => {
    const d = await openNodeDuckDB();
    const refDate = loadGenerated(d, 2000, 31);
    const sql = repeatStatsPartsSql(4, refDate);
    for (const s of sql.build) d.conn.query(s);
    expect(queryRows(d.conn, sql.query)).toEqual(queryRows(d.conn, repeatStatsSql()));
    for (const s of sql.drop) d.conn.query(s);
    expect(queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__repeat%'")[0]!.n).toBe(0);
    expect(queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_views() WHERE view_name LIKE '__repeat%'")[0]!.n).toBe(0);
  });
});
