import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerSliceViewSql } from '../../../src/lib/sql/customerSliceViewSql';
import { repeatPartSql } from '../../../src/lib/sql/repeatPartSql';
import { repeatStatsFromPartsSql } from '../../../src/lib/sql/repeatStatsFromPartsSql';
import { repeatStatsSql } from '../../../src/lib/sql/repeatStatsSql';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('repeatStatsFromPartsSql', () => {
  it('repeatStatsFromPartsSql() adds the parts up and divides as repeatStatsSql() does', () => {
    const sql = repeatStatsFromPartsSql('parts_t');
    expect(sql).toContain('sum(span_days) / nullif(sum(gaps), 0) AS mean_days_between_orders');
    expect(sql).toMatch(/FROM parts_t$/);
  });

  it('repeatStatsFromPartsSql() over 1, 3 or 7 customer slices gives repeatStatsSql()\'s row and types exactly', async () => {
    const d = await openNodeDuckDB();
    const refDate = loadGenerated(d, 3000, 17);
    const types = (sql: string) => queryRows(d.conn, `DESCRIBE ${sql}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
    const old = queryRows(d.conn, repeatStatsSql());
    expect(Number(old[0]!.last_year_customers)).toBeGreaterThan(100);
    for (const parts of [1, 3, 7]) {
      for (let k = 0; k < parts; k++) {
        d.conn.query(customerSliceViewSql('slice_v', k, parts));
        d.conn.query(`${k === 0 ? 'CREATE OR REPLACE TABLE parts_t AS' : 'INSERT INTO parts_t'} ${repeatPartSql({ table: 'slice_v', refDate })}`);
      }
      expect(queryRows(d.conn, repeatStatsFromPartsSql('parts_t')), `${parts} parts`).toEqual(old);
      expect(types(repeatStatsFromPartsSql('parts_t'))).toEqual(types(repeatStatsSql()));
    }
    // No customers at all: zero counts, NULL ratios, as repeatStatsSql() over an empty table.
    d.conn.query('CREATE OR REPLACE TABLE empty_t AS SELECT * FROM transactions LIMIT 0');
    d.conn.query(`CREATE OR REPLACE TABLE parts_t AS ${repeatPartSql({ table: 'empty_t', refDate })}`);
    expect(queryRows(d.conn, repeatStatsFromPartsSql('parts_t'))).toEqual(queryRows(d.conn, repeatStatsSql({ table: 'empty_t', refDate })));
  });
});
