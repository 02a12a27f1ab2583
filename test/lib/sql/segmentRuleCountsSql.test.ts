import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { segmentRuleCountsSql } from '../../../src/lib/sql/segmentRuleCountsSql';
import { queryRows } from '../../helpers/loadTransactions';
import { FIXTURE_SQL, overlapMap } from './segmentRuleFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('segmentRuleCountsSql()', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(FIXTURE_SQL);
  });

  it('segmentRuleCountsSql() tests each rule\'s conditions once per customer, in map order, and counts in one pass', () => {
    const sql = segmentRuleCountsSql({ map: overlapMap });
    expect(sql).toContain(`SELECT coalesce(r BETWEEN 4 AND 5 AND f BETWEEN 4 AND 5, false) AS h1,
    coalesce(f BETWEEN 3 AND 5, false) AS h2,
    coalesce(r BETWEEN 5 AND 5 AND m BETWEEN 1 AND 1, false) AS h3
  FROM customer_rfm`);
    expect(sql).toContain('CASE WHEN h1 THEN 1 WHEN h2 THEN 2 WHEN h3 THEN 3 ELSE 0 END AS first_rule');
    expect(sql).toContain('FROM range(0, 4) AS r(rule), t');
    expect(sql).not.toContain('JOIN');
  });

  it('segmentRuleCountsSql() counts matches and first matches per rule, and the unmatched as rule 0', () => {
    const rows = queryRows(conn, segmentRuleCountsSql({ map: overlapMap }));
    expect(rows).toEqual([
      { rule: 0, matches: 1, assigned: 1 },
      { rule: 1, matches: 2, assigned: 2 },
      { rule: 2, matches: 4, assigned: 2 },
      { rule: 3, matches: 0, assigned: 0 },
    ]);
  });

  it('segmentRuleCountsSql() gives zeros on a table with no customers', () => {
    conn.query('CREATE OR REPLACE TABLE no_customers AS SELECT * FROM customer_rfm WHERE false');
    const rows = queryRows(conn, segmentRuleCountsSql({ map: overlapMap, source: 'no_customers' }));
    expect(rows.map((r) => [r.matches, r.assigned])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
  });

  it('segmentRuleCountsSql() refuses a map with no rules or a bad name', () => {
    expect(() => segmentRuleCountsSql({ map: { ...overlapMap, rules: [] } })).toThrow('segment map custom: no rules');
    expect(() => segmentRuleCountsSql({ map: { ...overlapMap, name: 'My map' } })).toThrow('invalid segment map name');
  });
});
