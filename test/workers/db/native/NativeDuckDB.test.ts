import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { NativeDuckDB } from '../../../../workers/db/native/NativeDuckDB';
import { readColumns } from '../../../../workers/analyses/readColumns';
import { batchToArrow } from '../../../../workers/import/batchToArrow';
import { transactionsDdl } from '../../../../workers/import/transactionsDdl';

let db: NativeDuckDB;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'segbook-native-db-'));
  db = await NativeDuckDB.open({ threads: 2, tempDirectory: join(dir, 'spill'), filesDirectory: dir });
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('NativeDuckDB', () => {
  it('query() answers synchronously with an Arrow table, and exec() runs several statements', () => {
    db.exec('CREATE TABLE t (a INTEGER, b VARCHAR); INSERT INTO t VALUES (1, \'x\'), (2, NULL)');
    const t = db.query('SELECT a, b, count(*) OVER () AS n FROM t ORDER BY a');
    expect(readColumns(t, ['a', 'b', 'n'])).toEqual({ a: [1, 2], b: ['x', null], n: [2, 2] });
  });

  it('query() throws DuckDB\'s own message and the next call still works', () => {
    expect(() => db.query('SELECT nope FROM t')).toThrow(/Binder Error: Referenced column "nope" not found/);
    expect(readColumns(db.query('SELECT 41 + 1 AS x'), ['x']).x).toEqual([42]);
  });

  it('open() uses the threads asked for, spills to the temp directory and reads relative paths in the files directory', () => {
    const s = readColumns(db.query("SELECT current_setting('threads') AS th, current_setting('temp_directory') AS tmp, current_setting('file_search_path') AS fsp"), ['th', 'tmp', 'fsp']);
    expect(s).toEqual({ th: [2], tmp: [join(dir, 'spill')], fsp: [dir] });
    writeFileSync(join(dir, 'rel.csv'), 'k\n7\n');
    expect(readColumns(db.query("SELECT k FROM read_csv('rel.csv')"), ['k']).k).toEqual([7]);
    // A sort bigger than the memory limit completes by spilling (DuckDB creates the directory when it first writes there).
    expect(existsSync(join(dir, 'spill'))).toBe(false);
    db.exec("SET memory_limit = '100MB'");
    const sorted = db.query('SELECT max(rk) AS n FROM (SELECT row_number() OVER (ORDER BY v) AS rk FROM (SELECT md5(range::VARCHAR) AS v FROM range(2000000)))');
    db.exec('RESET memory_limit');
    expect(readColumns(sorted, ['n']).n).toEqual([2000000]);
    expect(existsSync(join(dir, 'spill'))).toBe(true);
  });

  it('append() adds Arrow rows of the transactions schema to a table, and creates one from an Arrow schema', () => {
    db.exec(transactionsDdl('tx', ['地区']));
    const batch = {
      length: 2, line: new Int32Array([2, 3]), order_date: new Int32Array([19724, 19725]),
      text: { customer_id: ['c1', 'c2'], order_id: [null, 'o2'] }, numbers: { amount: new Float64Array([1.5, NaN]) }, attributes: { 地区: ['华东', null] },
    };
    // SAFETY: the batch literal carries the RowBatch fields batchToArrow reads.
    const ipc = tableToIPC(batchToArrow(batch as unknown as Parameters<typeof batchToArrow>[0], ['地区']), 'stream');
    db.append('tx', ipc, false);
    const t = db.query('SELECT line, customer_id, order_id, order_date::VARCHAR AS d, amount, "地区" AS r FROM tx ORDER BY line');
    expect(readColumns(t, ['line', 'customer_id', 'order_id', 'd', 'amount', 'r'])).toEqual({
      line: [2, 3], customer_id: ['c1', 'c2'], order_id: [null, 'o2'], d: ['2024-01-02', '2024-01-03'], amount: [1.5, null], r: ['华东', null],
    });
    db.append('copy', tableToIPC(db.query('SELECT line, customer_id, amount FROM tx'), 'stream'), true);
    expect(readColumns(db.query("SELECT data_type FROM information_schema.columns WHERE table_name = 'copy' ORDER BY ordinal_position"), ['data_type']).data_type).toEqual(['INTEGER', 'VARCHAR', 'DOUBLE']);
  });

  it('close() stops the worker; the spill directory is the caller\'s to remove', async () => {
    const other = await NativeDuckDB.open({ threads: 1, tempDirectory: join(dir, 'spill2'), filesDirectory: dir });
    await other.close();
    expect(readdirSync(dir)).toContain('spill');
  });
});
