import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { ascendingIdsSql } from '../../../../workers/import/fast/ascendingIdsSql';
import { createTransactions, queryRows } from '../../../helpers/loadTransactions';

describe('ascendingIdsSql', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    const rows = (id: (i: number) => string | null) => Array.from({ length: 200 }, (_, i) => ({
      line: i + 2, customer_id: `C${i % 7}`, order_id: id(i), order_date: '2024-01-01', amount: 1,
    }));
    const padded = (i: number) => `O${String(i).padStart(4, '0')}`;
    createTransactions(conn, rows(padded), 'ascending');
    createTransactions(conn, rows((i) => padded(i === 120 ? 119 : i)), 'twice');
    createTransactions(conn, rows((i) => `O${i}`), 'unpadded');
    createTransactions(conn, rows((i) => (i === 50 ? null : padded(i))), 'missing');
  });
  const check = (table: string, where = 'true') => queryRows(conn, ascendingIdsSql(table, where))[0];

  it('ascendingIdsSql() finds no break in ascending ids, each present', () => {
    expect(check('ascending')).toEqual({ breaks: 0, ids: 200, n: 200 });
  });

  it('ascendingIdsSql() counts an id equal to the one before as a break, and one below it', () => {
    expect(check('twice')).toEqual({ breaks: 1, ids: 200, n: 200 });
    // O10 sorts below O9 as text: unique ids that are not ascending are left to the distinct count.
    expect(Number(check('unpadded').breaks)).toBeGreaterThan(0);
  });

  it('ascendingIdsSql() counts the rows without an id apart, and only the rows `where` keeps', () => {
    expect(check('missing')).toEqual({ breaks: 0, ids: 199, n: 200 });
    expect(check('twice', 'line <= 121')).toEqual({ breaks: 0, ids: 120, n: 120 });
  });

  it('ascendingIdsSql() reads the table in one streaming pass, with no sort', () => {
    const plan = queryRows(conn, `EXPLAIN ${ascendingIdsSql('ascending', 'true')}`).map((r) => String(r.explain_value)).join('\n');
    expect(plan).toContain('STREAMING_WINDOW');
    expect(plan).not.toContain('ORDER');
  });
});
