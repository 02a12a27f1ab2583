import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { lifecycleMigrationPartsSql } from '../../../src/lib/sql/lifecycleMigrationPartsSql';
import { lifecycleMigrationSql } from '../../../src/lib/sql/lifecycleMigrationSql';
import { expectClose } from '../../helpers/expectClose';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('lifecycleMigrationPartsSql', () => {
  it('lifecycleMigrationPartsSql() runs lifecycleMigrationSql over each slice view and checks its dates', () => {
    const sql = lifecycleMigrationPartsSql({ before: '2024-01-01', after: '2024-07-01' }, 2);
    expect(sql.build[0]).toBe('CREATE OR REPLACE TEMP VIEW __migration_part AS SELECT * FROM transactions WHERE hash(customer_id) % 2 = 0');
    expect(sql.build[1]).toMatch(/^CREATE OR REPLACE TEMP TABLE __migration_parts AS WITH s1 AS/);
    expect(sql.build[3]).toMatch(/^INSERT INTO __migration_parts WITH s1 AS/);
    expect(sql.drop).toEqual(['DROP VIEW IF EXISTS __migration_part', 'DROP TABLE IF EXISTS __migration_parts']);
    expect(() => lifecycleMigrationPartsSql({ before: '2024-07-01', after: '2024-01-01' }, 2)).toThrow('invalid before: 2024-07-01');
  });

  it('lifecycleMigrationPartsSql() in 1 or 4 slices gives lifecycleMigrationSql()\'s rows and types', async () => {
    const d = await openNodeDuckDB();
    loadGenerated(d, 3000, 41);
    const dates = { before: '2023-06-01', after: '2024-06-01' };
    const old = queryRows(d.conn, lifecycleMigrationSql(dates));
    expect(old.length).toBeGreaterThan(8);
    const types = (q: string) => queryRows(d.conn, `DESCRIBE ${q}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
    for (const parts of [1, 4]) {
      const sql = lifecycleMigrationPartsSql(dates, parts);
      for (const s of sql.build) d.conn.query(s);
      expectClose(queryRows(d.conn, sql.query), old, 1e-9, `${parts} parts`);
      expect(types(sql.query)).toEqual(types(lifecycleMigrationSql(dates)));
      for (const s of sql.drop) d.conn.query(s);
    }
  });
});
