import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { segmentRuleSql } from '../../../src/lib/sql/segmentRuleSql';
import { queryRows } from '../../helpers/loadTransactions';
import { FIXTURE_SQL } from './segmentRuleFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('segmentRuleSql()', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(FIXTURE_SQL);
  });

  it('segmentRuleSql() ANDs a rule\'s conditions, and they pick the hand-counted customers', () => {
    const sql = segmentRuleSql({ segment: 'Top', when: { r: [4, 5], f: [4, 5] } }, 'rule 1');
    expect(sql).toBe('r BETWEEN 4 AND 5 AND f BETWEEN 4 AND 5');
    expect(queryRows(conn, `SELECT customer_id FROM customer_rfm WHERE ${sql} ORDER BY 1`).map((r) => r.customer_id)).toEqual(['c1', 'c2']);
  });

  it('segmentRuleSql() names the rule in its errors', () => {
    expect(() => segmentRuleSql({ segment: '', when: { r: 1 } }, 'segment map x, rule 2')).toThrow('segment map x, rule 2: empty segment name');
    expect(() => segmentRuleSql({ segment: 'a', when: { m: [3, 1] } }, 'segment map x, rule 4')).toThrow('segment map x, rule 4: invalid range [3, 1]');
  });
});
