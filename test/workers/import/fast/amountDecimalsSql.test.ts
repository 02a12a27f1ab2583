import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { amountDecimalsSql } from '../../../../workers/import/fast/amountDecimalsSql';
import { queryRows } from '../../../helpers/loadTransactions';

describe('amountDecimalsSql', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  // Amount texts as a file writes them, each with the value the fast path stores (TRY_CAST + 0.0).
  const texts = ['21.63', '38.80', '38.8', '5', '5.000', '-5.25', '0', '-0.00', '01.5', '1e3', '0.1000000000000000000001', '123456789012345678901234567890.5'];
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(`CREATE TABLE a AS SELECT t, TRY_CAST(t AS DOUBLE) + 0.0 AS v FROM (VALUES ${texts.map((t) => `('${t}')`).join(', ')}) AS x(t)`);
  });

  it('amountDecimalsSql() gives the decimals that print the text back from the value, NULL when none do', () => {
    expect(amountDecimalsSql('t', 'v')).toBe(
      "CASE WHEN length(t) <= 40 AND t = printf('%.*f', CASE WHEN contains(t, '.') THEN length(t) - strpos(t, '.') ELSE 0 END, v) THEN CASE WHEN contains(t, '.') THEN length(t) - strpos(t, '.') ELSE 0 END END",
    );
    const rows = queryRows(conn, `SELECT t, ${amountDecimalsSql('t', 'v')} AS d FROM a`);
    expect(Object.fromEntries(rows.map((r) => [r.t, r.d]))).toEqual({
      '21.63': 2, '38.80': 2, '38.8': 1, '5': 0, '5.000': 3, '-5.25': 2, '0': 0,
      // -0 is stored as 0; a leading zero, an exponent and more digits than a double holds are not printed back.
      '-0.00': null, '01.5': null, '1e3': null, '0.1000000000000000000001': null, '123456789012345678901234567890.5': null,
    });
  });

  it('amountDecimalsSql.key() is the hash of the text, whether kept or made from the decimals', () => {
    const rows = queryRows(conn, `SELECT t, ${amountDecimalsSql.key(`CASE WHEN d IS NULL THEN hash(t) END`, 'd', 'v')} = hash(t) AS same,
  ${amountDecimalsSql.key('NULL', 'd', 'v')} = hash(t) AS made
FROM (SELECT t, v, ${amountDecimalsSql('t', 'v')} AS d FROM a)`);
    expect(rows.every((r) => r.same === true)).toBe(true);
    // Made from the decimals where there are some: so "38.80" and "38.8" keep different keys.
    expect(rows.filter((r) => r.made === true).map((r) => r.t)).toEqual(['21.63', '38.80', '38.8', '5', '5.000', '-5.25', '0']);
  });
});
