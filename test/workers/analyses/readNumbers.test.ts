import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { readNumbers } from '../../../workers/analyses/readNumbers';

describe('readNumbers()', () => {
  it('readNumbers() reads INTEGER, BIGINT and DOUBLE columns as doubles, NULL as the given value', async () => {
    const { conn } = await openNodeDuckDB();
    const t = conn.query('SELECT * FROM (VALUES (1::INTEGER, 2::BIGINT, 0.5::DOUBLE), (NULL, 4, NULL)) AS v(a, b, c)');
    expect([...readNumbers(t, 'a')]).toEqual([1, NaN]);
    expect([...readNumbers(t, 'b')]).toEqual([2, 4]);
    expect([...readNumbers(t, 'c', 0)]).toEqual([0.5, 0]);
    expect(() => readNumbers(t, 'd')).toThrow('query result has no column d');
  });
});
