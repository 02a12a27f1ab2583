import { describe, expect, it } from 'vitest';
import { tableRefs } from '../../../src/lib/notebook/tableRefs';

describe('tableRefs', () => {
  it('tableRefs() finds tables after FROM and JOIN', () => {
    expect(tableRefs('SELECT * FROM orders o JOIN customers c ON o.cid = c.id LEFT JOIN regions USING (region)'))
      .toEqual(['orders', 'customers', 'regions']);
  });

  it('tableRefs() finds every table of a comma join, aliases or not', () => {
    expect(tableRefs('SELECT * FROM a, b AS bb, c cc WHERE a.x = bb.x')).toEqual(['a', 'b', 'c']);
  });

  it('tableRefs() finds tables in subqueries at any depth', () => {
    const sql = `SELECT (SELECT max(x) FROM s1) AS m, *
      FROM (SELECT * FROM s2 WHERE y IN (SELECT y FROM s3 WHERE EXISTS (FROM s4))) AS sub`;
    expect(tableRefs(sql)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('tableRefs() ignores names inside string literals', () => {
    expect(tableRefs("SELECT 'FROM fake1', E'it\\'s FROM fake2', $$FROM fake3$$, $t$x FROM fake4$t$ FROM real"))
      .toEqual(['real']);
  });

  it('tableRefs() ignores names inside comments, nested block comments included', () => {
    const sql = `-- FROM fake1
      SELECT /* FROM fake2 /* nested */ FROM fake3 */ 1 FROM real -- JOIN fake4`;
    expect(tableRefs(sql)).toEqual(['real']);
  });

  it('tableRefs() reads quoted identifiers, doubled quotes included, lowercased', () => {
    expect(tableRefs('SELECT "FROM" FROM "My Table" JOIN "a""b" ON true')).toEqual(['my table', 'a"b']);
  });

  it('tableRefs() lowercases and reports each name once', () => {
    expect(tableRefs('SELECT * FROM Orders UNION ALL SELECT * FROM ORDERS UNION ALL FROM orders')).toEqual(['orders']);
  });

  it('tableRefs() leaves out CTE names defined in the query', () => {
    const sql = `WITH a AS (SELECT * FROM base), b(x) AS MATERIALIZED (SELECT x FROM a JOIN other USING (x))
      SELECT * FROM b, a`;
    expect(tableRefs(sql)).toEqual(['base', 'other']);
  });

  it('tableRefs() treats a non-recursive CTE that names itself as reading the table', () => {
    expect(tableRefs('WITH t AS (SELECT x + 1 AS x FROM t) SELECT * FROM t')).toEqual(['t']);
  });

  it('tableRefs() leaves out a recursive CTE inside its own body', () => {
    const sql = `WITH RECURSIVE walk(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM walk WHERE n < 5)
      SELECT * FROM walk, seeds`;
    expect(tableRefs(sql)).toEqual(['seeds']);
  });

  it('tableRefs() scopes a CTE to the subquery that defines it', () => {
    const sql = 'SELECT * FROM (WITH x AS (SELECT 1) SELECT * FROM x) AS s, x';
    expect(tableRefs(sql)).toEqual(['x']);
  });

  it('tableRefs() skips table functions but reads their subqueries', () => {
    const sql = `SELECT * FROM read_csv('shop.csv') AS r, range(5) AS t(i),
      unnest((SELECT list(x) FROM lists)) AS u(v) JOIN kept ON true`;
    expect(tableRefs(sql)).toEqual(['lists', 'kept']);
  });

  it('tableRefs() ignores FROM inside extract, substring and trim', () => {
    const sql = "SELECT extract(year FROM d), substring(s FROM 2 FOR 3), trim(BOTH 'x' FROM s) FROM t";
    expect(tableRefs(sql)).toEqual(['t']);
  });

  it('tableRefs() ignores a file path read by replacement scan', () => {
    expect(tableRefs("SELECT * FROM 'data.csv' JOIN t ON true")).toEqual(['t']);
  });

  it('tableRefs() keeps qualified names with their dots', () => {
    expect(tableRefs('SELECT * FROM main.orders JOIN "S"."T" ON true, db.sch.tbl')).toEqual(['main.orders', 's.t', 'db.sch.tbl']);
  });

  it('tableRefs() reads DuckDB FROM-first queries', () => {
    expect(tableRefs('FROM orders SELECT customer_id')).toEqual(['orders']);
    expect(tableRefs('from orders')).toEqual(['orders']);
  });

  it('tableRefs() reads parenthesised joins and LATERAL', () => {
    const sql = 'SELECT * FROM (a JOIN b ON a.x = b.x), LATERAL (SELECT * FROM c WHERE c.y = a.y) AS l NATURAL JOIN d';
    expect(tableRefs(sql)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('tableRefs() reads ASOF, POSITIONAL, SEMI and ANTI joins', () => {
    const sql = 'SELECT * FROM a ASOF JOIN b USING (k, ts) POSITIONAL JOIN c SEMI JOIN d ON true ANTI JOIN e ON true';
    expect(tableRefs(sql)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('tableRefs() does not take commas of the select list, GROUP BY or function calls for tables', () => {
    const sql = `SELECT a, b, coalesce(c, d) FROM t JOIN u ON f(t.x, u.x) = 1, v
      GROUP BY a, b ORDER BY a, b`;
    expect(tableRefs(sql)).toEqual(['t', 'u', 'v']);
  });

  it('tableRefs() does not take a column-alias list for a table', () => {
    expect(tableRefs('SELECT * FROM t AS x(a, b), u')).toEqual(['t', 'u']);
  });

  it('tableRefs() ignores VALUES lists', () => {
    expect(tableRefs('SELECT * FROM (VALUES (1, 2), (3, 4)) AS v(a, b), w')).toEqual(['w']);
  });

  it('tableRefs() reads every statement of a script', () => {
    expect(tableRefs('SELECT 1 FROM a; WITH a AS (SELECT 2) SELECT * FROM a; FROM b')).toEqual(['a', 'b']);
  });

  it('tableRefs() reads PIVOT, DESCRIBE and TABLE statements', () => {
    expect(tableRefs('PIVOT sales ON region USING sum(amount)')).toEqual(['sales']);
    expect(tableRefs('DESCRIBE customers')).toEqual(['customers']);
    expect(tableRefs('TABLE orders')).toEqual(['orders']);
  });

  it('tableRefs() reads unquoted Chinese names', () => {
    expect(tableRefs('SELECT 金额 FROM 客户分层 JOIN 订单 USING (客户编号)')).toEqual(['客户分层', '订单']);
  });

  it('tableRefs() ignores WITH ORDINALITY after a table function', () => {
    expect(tableRefs('SELECT * FROM unnest([1, 2]) WITH ORDINALITY AS u(v, i), t')).toEqual(['t']);
  });

  it('tableRefs() survives unterminated strings and comments', () => {
    expect(tableRefs("SELECT * FROM t WHERE x = 'open")).toEqual(['t']);
    expect(tableRefs('SELECT * FROM t /* open')).toEqual(['t']);
    expect(tableRefs('SELECT * FROM (SELECT * FROM t')).toEqual(['t']);
    expect(tableRefs('SELECT * FROM (WITH a) JOIN u ON true')).toEqual(['u']);
  });

  it('tableRefs() never throws on scrambled SQL and always returns lowercase names', () => {
    const parts = ['SELECT', 'FROM', 'JOIN', 'WITH', 'AS', '(', ')', ',', ';', '.', 'a', 'B', '"Q"', "'s'", '--c\n', '/*', '*/', '$$', 'range', 'ON', 'x', 'RECURSIVE', 'LATERAL', 'UNION'];
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 2000; run++) {
      const sql = Array.from({ length: 1 + Math.floor(next() * 25) }, () => parts[Math.floor(next() * parts.length)]).join(' ');
      const refs = tableRefs(sql);
      for (const r of refs) expect(r).toBe(r.toLowerCase());
    }
  });

  it('tableRefs() returns nothing for empty input or a query without tables', () => {
    expect(tableRefs('')).toEqual([]);
    expect(tableRefs('SELECT 1 + 1 AS two')).toEqual([]);
  });
});
