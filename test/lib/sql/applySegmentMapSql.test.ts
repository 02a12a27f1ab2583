import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { applySegmentMapSql } from '../../../src/lib/sql/applySegmentMapSql';
import type { SegmentMap } from '../../../src/lib/sql/SegmentMap';
import { segmentSizesSql } from '../../../src/lib/sql/segmentSizesSql';
import { selectionWhereSql } from '../../../workers/overview/selectionWhereSql';
import { queryRows } from '../../helpers/loadTransactions';
import { loadGenerated } from '../../helpers/loadGenerated';
import { prepareCustomerRfmSql } from '../../../workers/overview/prepareCustomerRfmSql';
import { rf10Map } from '../../../src/lib/sql/rf10Map';
import { segmentCaseSql } from '../../../src/lib/sql/segmentCaseSql';
import { FIXTURE_SQL, overlapMap } from './segmentRuleFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('applySegmentMapSql()', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(FIXTURE_SQL);
  });

  it('applySegmentMapSql() adds the column when missing, then places every customer', () => {
    const [alter, update] = applySegmentMapSql(overlapMap);
    expect(alter).toBe('ALTER TABLE customer_rfm ADD COLUMN IF NOT EXISTS segment_custom VARCHAR');
    expect(update).toMatch(/^ALTER TABLE customer_rfm ALTER COLUMN segment_custom SET DATA TYPE ENUM\('Top', 'Frequent', 'Ghost', 'Unassigned'\) USING \(CASE\n  WHEN r BETWEEN 4 AND 5 AND f BETWEEN 4 AND 5 THEN 'Top'/);
    expect(update).toContain("ELSE 'Unassigned'\nEND)");
  });

  it('applySegmentMapSql() gives the hand-worked segments: overlap to the first rule, the gap to Unassigned, Ghost empty', () => {
    for (const sql of applySegmentMapSql(overlapMap)) conn.query(sql);
    const rows = queryRows(conn, 'SELECT customer_id, segment_custom AS s FROM customer_rfm ORDER BY customer_id');
    expect(rows.map((r) => r.s)).toEqual(['Top', 'Top', 'Frequent', 'Unassigned', 'Frequent']);
    const sizes = queryRows(conn, segmentSizesSql({ map: overlapMap }));
    expect(sizes.map((r) => [r.segment, r.customers, r.revenue])).toEqual([
      ['Top', 2, 150], ['Frequent', 2, 110], ['Ghost', 0, 0], ['Unassigned', 1, 5],
    ]);
  });

  it('applySegmentMapSql() run again with an edited rule moves the customers, and the segment selection follows', () => {
    const edited: SegmentMap = { ...overlapMap, rules: [{ segment: 'Top', when: { r: [5, 5] } }, ...overlapMap.rules.slice(1)] };
    for (const sql of applySegmentMapSql(edited)) conn.query(sql);
    const where = selectionWhereSql({ source: 'segment', column: 'segment_custom', keys: ['Frequent'] });
    const rows = queryRows(conn, `SELECT customer_id FROM customer_rfm WHERE ${where} ORDER BY 1`);
    expect(rows.map((r) => r.customer_id)).toEqual(['c3', 'c5']);
    const top = queryRows(conn, "SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE segment_custom = 'Top'");
    expect(top[0]!.n).toBe(2);
  });

  it('applySegmentMapSql() renames a segment of a column already typed with the old names', () => {
    const renamed: SegmentMap = { ...overlapMap, rules: overlapMap.rules.map((r) => (r.segment === 'Frequent' ? { ...r, segment: 'Regular' } : r)) };
    for (const sql of applySegmentMapSql(renamed)) conn.query(sql);
    const rows = queryRows(conn, 'SELECT segment_custom AS s, count(*)::INTEGER AS n FROM customer_rfm GROUP BY segment_custom ORDER BY segment_custom');
    expect(rows.map((r) => [r.s, r.n])).toEqual([['Top', 2], ['Regular', 2], ['Unassigned', 1]]);
    const type = queryRows(conn, "SELECT data_type FROM information_schema.columns WHERE table_name = 'customer_rfm' AND column_name = 'segment_custom'");
    expect(type[0]!.data_type).toBe("ENUM('Top', 'Regular', 'Ghost', 'Unassigned')");
  });

  it('applySegmentMapSql() refuses a map whose name cannot be a column', () => {
    expect(() => applySegmentMapSql({ ...overlapMap, name: 'x; DROP' })).toThrow('invalid segment map name');
  });
});

describe('applySegmentMapSql() on the customer_rfm the app builds (computed columns: customerRfmDdl)', () => {
  let conn: Conn;
  beforeAll(async () => {
    const d = await openNodeDuckDB();
    conn = d.conn;
    loadGenerated(d, 400, 11);
    for (const sql of prepareCustomerRfmSql()) conn.query(sql);
  });
  // The segments as a plain SELECT computes them from every column as read.
  const expected = (map: SegmentMap) => queryRows(conn, `SELECT customer_id, (${segmentCaseSql(map)})::VARCHAR AS s FROM customer_rfm ORDER BY customer_id`);
  const actual = (col: string) => queryRows(conn, `SELECT customer_id, ${col}::VARCHAR AS s FROM customer_rfm ORDER BY customer_id`);

  it('applySegmentMapSql() writes a map that tests a computed column (monetary) by UPDATE, then retypes it', () => {
    const big: SegmentMap = { name: 'spend', rules: [{ segment: 'big', when: { monetary: [200, 1e12] } }, { segment: 'one', when: { single_order: true } }], otherwise: 'rest' };
    const sql = applySegmentMapSql(big);
    expect(sql.map((s) => s.split(' SET')[0])).toEqual([
      'ALTER TABLE customer_rfm ADD COLUMN IF NOT EXISTS segment_spend VARCHAR', 'ALTER TABLE customer_rfm ALTER COLUMN segment_spend', 'UPDATE customer_rfm', 'ALTER TABLE customer_rfm ALTER COLUMN segment_spend',
    ]);
    for (const s of sql) conn.query(s);
    const got = actual('segment_spend');
    expect(got).toEqual(expected(big));
    expect(new Set(got.map((r) => r.s))).toEqual(new Set(['big', 'one', 'rest']));
    const type = queryRows(conn, "SELECT data_type FROM information_schema.columns WHERE table_name = 'customer_rfm' AND column_name = 'segment_spend'");
    expect(type[0]!.data_type).toBe("ENUM('big', 'one', 'rest')");
  });

  it('applySegmentMapSql() keeps ALTER ... USING for a map of stored columns (map B reads rf)', () => {
    const edited: SegmentMap = { ...rf10Map, rules: [{ segment: 'anything', when: { r: [1, 5] } }, ...rf10Map.rules] };
    const sql = applySegmentMapSql(edited);
    expect(sql).toHaveLength(2);
    for (const s of sql) conn.query(s);
    expect(actual('segment_rf10')).toEqual(expected(edited));
    expect(new Set(actual('segment_rf10').map((r) => r.s))).toEqual(new Set(['anything']));
    for (const s of applySegmentMapSql(rf10Map)) conn.query(s);
    expect(actual('segment_rf10')).toEqual(expected(rf10Map));
    expect(new Set(actual('segment_rf10').map((r) => r.s)).size).toBeGreaterThan(4);
  });
});
