import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { readColumns } from '../../../workers/analyses/readColumns';
import { withTempTable } from '../../../workers/analyses/withTempTable';
import type { Queryable } from '../../../workers/analyses/Queryable';

describe('readColumns', () => {
  let q: Queryable;
  beforeAll(async () => {
    ({ conn: q } = await openNodeDuckDB());
  });

  it('readColumns() returns plain numbers and strings, with NULL as null even in typed columns', () => {
    const t = q.query(`SELECT * FROM (VALUES (1::INTEGER, 2::BIGINT, 1.5::DOUBLE, 'a'), (NULL, NULL, NULL, NULL))
      AS t(i, b, d, s)`);
    expect(readColumns(t, ['i', 'b', 'd', 's'])).toEqual({ i: [1, null], b: [2, null], d: [1.5, null], s: ['a', null] });
    expect(() => readColumns(t, ['nope'])).toThrow('query result has no column nope');
  });

  it('withTempTable() drops its table even when the callback throws', () => {
    let name = '';
    expect(() => withTempTable(q, 'SELECT 1 AS x', (n) => { name = n; throw new Error('boom'); })).toThrow('boom');
    expect(readColumns(q.query(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '${name}'`), ['n']).n).toEqual([0]);
  });
});
