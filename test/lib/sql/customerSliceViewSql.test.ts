import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerSliceViewSql } from '../../../src/lib/sql/customerSliceViewSql';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('customerSliceViewSql', () => {
  it('customerSliceViewSql() writes a temp view of one hash slice and refuses a slice outside 0..of-1', () => {
    expect(customerSliceViewSql('v', 1, 3)).toBe('CREATE OR REPLACE TEMP VIEW v AS SELECT * FROM transactions WHERE hash(customer_id) % 3 = 1');
    expect(customerSliceViewSql('v', 0, 2, 'my tx')).toContain('FROM "my tx" WHERE');
    expect(() => customerSliceViewSql('v', 3, 3)).toThrow('invalid slice: 3 of 3 (expected 0 <= k < of)');
    expect(() => customerSliceViewSql('v', 0, 0)).toThrow('invalid slice: 0 of 0');
    expect(() => customerSliceViewSql('v', 0.5, 2)).toThrow('invalid slice');
  });

  it('customerSliceViewSql() slices split the rows, each customer into exactly one slice', async () => {
    const d = await openNodeDuckDB();
    loadGenerated(d, 500, 3);
    const slices = [0, 1, 2].map((k) => {
      d.conn.query(customerSliceViewSql(`s${k}`, k, 3));
      return queryRows(d.conn, `SELECT count(*) AS n, count(DISTINCT customer_id) AS c FROM s${k}`)[0]!;
    });
    const all = queryRows(d.conn, 'SELECT count(*) AS n, count(DISTINCT customer_id) AS c FROM transactions')[0]!;
    expect(slices.every((s) => Number(s.n) > 0)).toBe(true);
    expect(slices.reduce((a, s) => a + Number(s.n), 0)).toBe(all.n);
    expect(slices.reduce((a, s) => a + Number(s.c), 0)).toBe(all.c);
  });
});
