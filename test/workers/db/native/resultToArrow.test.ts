import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { resultToArrow } from '../../../../workers/db/native/resultToArrow';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { readColumns } from '../../../../workers/analyses/readColumns';

let native: DuckDBConnection;
let wasm: duckdb.DuckDBConnection;
beforeAll(async () => {
  native = await (await DuckDBInstance.create(':memory:')).connect();
  wasm = (await openNodeDuckDB()).conn;
});
afterAll(() => native?.closeSync());

// Every type the runners, the import and the door read, with NULLs and negative values.
const SQL = `SELECT * FROM (VALUES
  (1::TINYINT, 2::SMALLINT, 3::INTEGER, 4::BIGINT, 5::HUGEINT, 6::UBIGINT, 1.5::FLOAT, 2.5::DOUBLE, 3.25::DECIMAL(10,2),
   -12.5::DECIMAL(20,3), DATE '2024-01-02', TIMESTAMP '2024-01-02 03:04:05', 'x', true, [1, 2], ['a', NULL], 7::UINTEGER, 8::UTINYINT),
  (NULL, NULL, -3, -4000000000, -5, NULL, NULL, -0.0, NULL, 0.001, NULL, NULL, '中文', false, [], NULL, NULL, NULL)
) AS t(ti, si, i, bi, hi, ubi, f, d, dec, dec2, dt, ts, s, b, li, ls, ui, ut)`;

describe('resultToArrow', () => {
  it('resultToArrow() types every column as DuckDB-WASM does (castBigIntToDouble) and reads the same values', async () => {
    const n = resultToArrow(await native.run(SQL));
    const w = wasm.query(SQL);
    expect(n.schema.fields.map((f) => `${f.name}: ${String(f.type)}`)).toEqual(w.schema.fields.map((f) => `${f.name}: ${String(f.type)}`));
    // 128-bit decimals: readColumns sees their four words per value, so compare words and validity.
    const wide = ['hi', 'dec', 'dec2'];
    const names = w.schema.fields.map((f) => f.name).filter((f) => !wide.includes(f));
    const plain = (t: typeof w) => JSON.parse(JSON.stringify(readColumns(t, names), (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
    expect(plain(n)).toEqual(plain(w));
    const words = (t: typeof w, c: string) => [[...t.getChild(c)!.toArray()], [0, 1].map((i) => t.getChild(c)!.isValid(i))];
    for (const c of wide) expect(words(n, c), c).toEqual(words(w, c));
    expect(words(n, 'dec2')[0]!.slice(0, 4)).toEqual([2 ** 32 - 12500, 2 ** 32 - 1, 2 ** 32 - 1, 2 ** 32 - 1]);
    expect(readColumns(n, ['bi', 'dt'])).toEqual({ bi: [4, -4000000000], dt: [Date.UTC(2024, 0, 2), null] });
  });

  it('resultToArrow() gives an empty result its columns, and a count over many chunks its rows', async () => {
    const empty = resultToArrow(await native.run('SELECT 1::INTEGER AS a, \'x\' AS b WHERE false'));
    expect([empty.numRows, empty.schema.fields.map((f) => String(f.type))]).toEqual([0, ['Int32', 'Utf8']]);
    const many = resultToArrow(await native.run('SELECT range AS r FROM range(5000)'));
    expect(many.numRows).toBe(5000);
    expect(many.getChild('r')!.get(4999)).toBe(4999);
  });

  it('resultToArrow() reads an ENUM (customer_rfm\'s segments and tiers) as the same labels DuckDB-WASM sends as a dictionary', async () => {
    const sql = "SELECT (CASE WHEN i = 0 THEN '重要客户' WHEN i = 1 THEN '小客户' END)::ENUM('重要客户', '小客户') AS tier FROM range(3) AS r(i) ORDER BY i";
    const n = resultToArrow(await native.run(sql));
    const w = wasm.query(sql);
    expect([String(n.schema.fields[0]!.type), String(w.schema.fields[0]!.type)]).toEqual(['Utf8', 'Dictionary<Uint8, Utf8>']);
    expect(readColumns(n, ['tier'])).toEqual(readColumns(w, ['tier']));
    expect(readColumns(n, ['tier']).tier).toEqual(['重要客户', '小客户', null]);
  });

  it('resultToArrow() names the column of a type the door does not read', async () => {
    await expect(native.run("SELECT INTERVAL 1 DAY AS gap").then(resultToArrow)).rejects.toThrow('native engine: column gap has type INTERVAL');
  });
});
