import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../../workers/engine';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { fastInsertSql } from '../../../../workers/import/fast/fastInsertSql';
import { fastPlan } from '../../../../workers/import/fast/fastPlan';
import { sniffFile } from '../../../../workers/import/sniffFile';
import { transactionsDdl } from '../../../../workers/import/transactionsDdl';
import type { FastPlan } from '../../../../workers/import/fast/fastPlan';

const CSV = `order_id,customer_id,order_date,amount
O1,C1,2024-01-05,38.80
O2,C2,2024-02-05,38.8
O3,null,2024-03-05,1e3
O4,C4,2024-04-05,01.5
`;

describe('fastInsertSql', () => {
  let engine: Engine;
  let plan: FastPlan;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    const options = { today: '2026-06-30' };
    const sniff = await sniffFile(new File([CSV], 'f.csv'), options, 'f.csv');
    plan = fastPlan(sniff, options, sniff.mapping);
    engine.db.registerFileBuffer('f.csv', new TextEncoder().encode(CSV));
  });

  /** A fresh staging table with the fast path's work columns (as fastImport makes it). */
  const stage = () => {
    engine.exec(transactionsDdl('stg', []));
    engine.exec(`ALTER TABLE stg ADD COLUMN __fast_near UBIGINT; ALTER TABLE stg ADD COLUMN __fast_amt UBIGINT;
ALTER TABLE stg ADD COLUMN __fast_st UTINYINT; ALTER TABLE stg ADD COLUMN __fast_raw VARCHAR[]; ALTER TABLE stg ADD COLUMN __fast_dec UTINYINT`);
  };
  /** Reads CSV into the staging table; its rows by line. */
  const read = (piece?: Parameters<typeof fastInsertSql>[7]) => {
    stage();
    engine.exec(fastInsertSql(plan, 'f.csv', ',', false, false, 'stg', [], piece));
    return engine.query('SELECT line, customer_id, amount, __fast_st AS st, __fast_amt IS NOT NULL AS has_hash, __fast_dec AS dec FROM stg ORDER BY line')
      .toArray().map((r) => r.toJSON());
  };

  it('fastInsertSql() numbers rows from line 2, keeps the decimals that print a clean amount back and sends the rest to be judged', () => {
    const rows = read();
    expect(rows.map((r) => [r.line, r.customer_id, r.st, r.has_hash, r.dec])).toEqual([
      [2, 'C1', 0, false, 2],
      [3, 'C2', 0, false, 1],
      // A null word as the customer id and an exponent as the amount: TypeScript judges the row.
      [4, 'null', 1, true, null],
      // 01.5 is a plain decimal, but printf does not write it back: its hash is kept.
      [5, 'C4', 0, true, null],
    ]);
    expect(rows.map((r) => r.amount)).toEqual([38.8, 38.8, 1000, 1.5]);
  });

  it('fastInsertSql() with hashAmounts keeps every amount\'s hash and no decimals', () => {
    const rows = read({ hashAmounts: true });
    expect(rows.map((r) => [r.line, r.st, r.has_hash, r.dec])).toEqual([[2, 0, true, null], [3, 0, true, null], [4, 1, true, null], [5, 0, true, null]]);
    // The hashes of the texts as written: 38.80 and 38.8 stay apart.
    const hashes = engine.query(`SELECT __fast_amt = hash(t) AS same FROM stg JOIN (VALUES (2, '38.80'), (3, '38.8'), (4, '1e3'), (5, '01.5')) AS x(line, t) USING (line) ORDER BY line`)
      .toArray().map((r) => r.toJSON().same);
    expect(hashes).toEqual([true, true, true, true]);
  });

  it('fastInsertSql() with noHashes leaves the duplicate test\'s hashes and the decimals out, and judges the same rows', () => {
    const rows = read({ noHashes: true });
    expect(rows.map((r) => [r.line, r.customer_id, r.st, r.has_hash, r.dec])).toEqual([
      [2, 'C1', 0, false, null], [3, 'C2', 0, false, null], [4, 'null', 1, false, null], [5, 'C4', 0, false, null],
    ]);
    expect(rows.map((r) => r.amount)).toEqual([38.8, 38.8, 1000, 1.5]);
    expect(Number(engine.query('SELECT count(__fast_near) AS n FROM stg').toArray()[0].toJSON().n)).toBe(0);
    expect(Number(engine.query('SELECT count(__fast_raw) AS n FROM stg').toArray()[0].toJSON().n)).toBe(1);
  });

  it('fastInsertSql() reads a later piece without a header, numbered on from firstLine', () => {
    engine.db.registerFileBuffer('piece.csv', new TextEncoder().encode('O9,C9,2024-05-05,7\n'));
    stage();
    engine.exec(fastInsertSql(plan, 'piece.csv', ',', false, false, 'stg', [], { firstLine: 40 }));
    expect(engine.query('SELECT line, customer_id, amount FROM stg').toArray().map((r) => r.toJSON())).toEqual([{ line: 40, customer_id: 'C9', amount: 7 }]);
  });

  it('fastInsertSql() calls a date clean only when it is YYYY-MM-DD exactly, from 1990-01-01 to today', () => {
    // DuckDB reads all but the last two as dates; only the canonical ones in range are clean.
    const dates = ['2024-01-05', '1990-01-01', '2026-06-30', '2024-1-05', '2024/01/05', '20240105', '1989-12-31', '2026-07-01', '2024-02-30', ' 2024-01-05'];
    const csv = dates.map((d, i) => `O${i},C${i},"${d}",5\n`).join('');
    engine.db.registerFileBuffer('dates.csv', new TextEncoder().encode(csv));
    stage();
    engine.exec(fastInsertSql(plan, 'dates.csv', ',', false, false, 'stg', [], { firstLine: 2 }));
    const st = engine.query('SELECT __fast_st AS st FROM stg ORDER BY line').toArray().map((r) => r.toJSON().st);
    expect(st).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
  });
});
