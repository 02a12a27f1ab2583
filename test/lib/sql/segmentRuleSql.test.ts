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

  it('segmentRuleSql() tests a pattern of plain characters and classes as a list, anything else as a regex: the same verdicts', () => {
    const list = segmentRuleSql({ segment: 'a', when: { rf: { regex: '[1-2]5' } } }, 'rule 1');
    expect(list).toBe("rf::VARCHAR IN ('15', '25')");
    const regex = segmentRuleSql({ segment: 'a', when: { rf: { regex: '1.|[^1]5' } } }, 'rule 2');
    expect(regex).toBe("regexp_full_match(rf::VARCHAR, '1.|[^1]5')");
    // Every text a score pair can make (10 bins make three digits), and NULL: both forms agree.
    for (const pattern of ['[1-2][1-2]', '[1-2]5', '33', '[3-4][4-5]', '5[4-5]', '[3-45]1', '110']) {
      const when = { rf: { regex: pattern } };
      const rows = queryRows(conn, `SELECT rf, ${segmentRuleSql({ segment: 'a', when }, 'rule')} AS listed, regexp_full_match(rf, '${pattern}') AS matched
FROM (SELECT r::VARCHAR || f::VARCHAR AS rf FROM range(1, 11) AS a(r), range(1, 11) AS b(f) UNION ALL SELECT NULL)`);
      expect(rows.filter((r) => r.listed !== r.matched)).toEqual([]);
      expect(rows.filter((r) => r.listed === true).length).toBeGreaterThan(0);
    }
  });

  it('segmentRuleSql() names the rule in its errors', () => {
    expect(() => segmentRuleSql({ segment: '', when: { r: 1 } }, 'segment map x, rule 2')).toThrow('segment map x, rule 2: empty segment name');
    expect(() => segmentRuleSql({ segment: 'a', when: { m: [3, 1] } }, 'segment map x, rule 4')).toThrow('segment map x, rule 4: invalid range [3, 1]');
  });
});
