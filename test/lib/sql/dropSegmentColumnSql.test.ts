import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { applySegmentMapSql } from '../../../src/lib/sql/applySegmentMapSql';
import { dropSegmentColumnSql } from '../../../src/lib/sql/dropSegmentColumnSql';
import { queryRows } from '../../helpers/loadTransactions';
import { FIXTURE_SQL, overlapMap } from './segmentRuleFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
const columns = (conn: Conn) => queryRows(conn, "SELECT column_name FROM information_schema.columns WHERE table_name = 'customer_rfm' ORDER BY ordinal_position").map((r) => r.column_name);

describe('dropSegmentColumnSql()', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(FIXTURE_SQL);
  });

  it('dropSegmentColumnSql() removes the map\'s column, and does nothing when it is already gone', () => {
    expect(dropSegmentColumnSql('custom')).toBe('ALTER TABLE customer_rfm DROP COLUMN IF EXISTS segment_custom');
    for (const sql of applySegmentMapSql(overlapMap)) conn.query(sql);
    expect(columns(conn)).toContain('segment_custom');
    conn.query(dropSegmentColumnSql('custom'));
    conn.query(dropSegmentColumnSql('custom'));
    expect(columns(conn)).toEqual(['customer_id', 'r', 'f', 'm', 'revenue']);
  });

  it('dropSegmentColumnSql() refuses a name that is not a map name', () => {
    expect(() => dropSegmentColumnSql('x"; DROP TABLE t; --')).toThrow('invalid segment map name');
  });
});
