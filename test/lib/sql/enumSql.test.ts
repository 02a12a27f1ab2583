import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { enumSql } from '../../../src/lib/sql/enumSql';
import { queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('enumSql()', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(`CREATE TABLE labelled AS SELECT i, ${enumSql("CASE WHEN i % 3 = 0 THEN '小客户' WHEN i % 3 = 1 THEN '重要客户' END", ['重要客户', '小客户'])} AS tier
FROM range(6) AS r(i)`);
  });

  it('enumSql() casts to an ENUM of the labels in their order, repeats dropped and quotes doubled', () => {
    expect(enumSql("'a'", ['a', "it's", 'a'])).toBe("('a')::ENUM('a', 'it''s')");
    expect(enumSql.type(['b', 'a'])).toBe("ENUM('b', 'a')");
  });

  it('enumSql() values read back as their labels, sort in label order and compare with any string', () => {
    const rows = queryRows(conn, 'SELECT tier, count(*)::INTEGER AS n FROM labelled GROUP BY tier ORDER BY tier');
    expect(rows.map((r) => [r.tier, r.n])).toEqual([['重要客户', 2], ['小客户', 2], [null, 2]]);
    const eq = queryRows(conn, "SELECT count(*) FILTER (WHERE tier = '小客户')::INTEGER AS small, count(*) FILTER (WHERE tier = 'none of them')::INTEGER AS other FROM labelled");
    expect(eq[0]).toEqual({ small: 2, other: 0 });
    const type = queryRows(conn, "SELECT data_type FROM information_schema.columns WHERE table_name = 'labelled' AND column_name = 'tier'");
    expect(type[0]!.data_type).toBe("ENUM('重要客户', '小客户')");
  });

  it('enumSql() refuses an empty label list', () => {
    expect(() => enumSql('x', [])).toThrow('invalid enum: no labels (expected at least one)');
  });
});
