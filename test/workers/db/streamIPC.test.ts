import { beforeAll, describe, expect, it } from 'vitest';
import { RecordBatchReader, tableFromIPC } from 'apache-arrow';
import { Engine } from '../../../workers/engine';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { streamIPC } from '../../../workers/db/streamIPC';

describe('streamIPC', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
  });
  const read = async (sql: string) => [...RecordBatchReader.from(new Uint8Array(await streamIPC(engine.db, engine.conn, sql).arrayBuffer()))];

  it('streamIPC() writes every chunk of the result as a batch of one valid IPC stream', async () => {
    const batches = await read('SELECT range::INTEGER AS i FROM range(5000)');
    expect(batches.map((b) => b.numRows)).toEqual([2048, 2048, 904]);
    expect(batches.flatMap((b) => [...b.getChildAt(0)!.toArray()])).toEqual(Array.from({ length: 5000 }, (_, k) => k));
  });

  it('streamIPC() writes the schema of an empty result', async () => {
    const reader = RecordBatchReader.from(new Uint8Array(await streamIPC(engine.db, engine.conn, "SELECT 1 AS a, 'x' AS b WHERE false").arrayBuffer())).open();
    expect(reader.schema.fields.map((f) => f.name)).toEqual(['a', 'b']);
    expect([...reader].reduce((n, b) => n + b.numRows, 0)).toBe(0);
  });

  it('streamIPC.parts() gives the same stream as messages that tableFromIPC reads in one call', () => {
    const parts = streamIPC.parts(engine.db, engine.conn, 'SELECT range::INTEGER AS i, range / 2 AS h FROM range(5000)');
    // The schema, three batches of at most 2,048 rows, the end marker.
    expect(parts).toHaveLength(5);
    const t = tableFromIPC(parts);
    expect(t.numRows).toBe(5000);
    expect([...t.getChild('i')!.toArray()].slice(-2)).toEqual([4998, 4999]);
    expect(t.getChild('h')!.get(4999)).toBe(2499.5);
  });

  it('streamIPC() leaves the connection ready for the next query, and reports a bad one', () => {
    expect(() => streamIPC(engine.db, engine.conn, 'SELECT no_such FROM range(3)')).toThrow(/no_such/);
    expect(Number(engine.query('SELECT 41 + 1 AS n').getChildAt(0)!.get(0))).toBe(42);
  });
});
