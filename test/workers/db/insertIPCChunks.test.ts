import { beforeAll, describe, expect, it } from 'vitest';
import { Field, Int32, RecordBatchReader, Schema, Table, Utf8, tableToIPC } from 'apache-arrow';
import { Engine } from '../../../workers/engine';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { insertIPCChunks } from '../../../workers/db/insertIPCChunks';
import { streamIPC } from '../../../workers/db/streamIPC';

describe('insertIPCChunks', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    engine.exec("CREATE TABLE src AS SELECT range::INTEGER AS i, 'v' || range AS s, NULLIF(range % 7, 0)::DOUBLE AS x FROM range(10000)");
  });
  const bytesOf = async (sql: string) => new Uint8Array(await streamIPC(engine.db, engine.conn, sql).arrayBuffer());
  const count = (sql: string) => Number(engine.query(sql).getChildAt(0)!.get(0));

  it('insertIPCChunks() creates the table from the first slice and appends the others, in order', async () => {
    const bytes = await bytesOf('SELECT * FROM src');
    // DuckDB's 2,048-row chunks: 5 batches, so 3,000 rows a slice makes 3 inserts.
    expect([...RecordBatchReader.from(bytes)].length).toBe(5);
    insertIPCChunks(engine.conn, bytes, 'dst', 3000);
    expect(count('SELECT count(*) FROM dst')).toBe(10000);
    expect(count('SELECT count(*) FROM (SELECT * FROM src EXCEPT ALL SELECT * FROM dst)')).toBe(0);
    // The rows keep their order: rowid k holds i = k.
    expect(count('SELECT count(*) FROM dst WHERE rowid <> i')).toBe(0);
  });

  it('insertIPCChunks() creates an empty table with the columns of an empty stream', async () => {
    // DuckDB's empty result (one batch of no rows), and a stream of a schema and no batch at all.
    const none = tableToIPC(new Table(new Schema([new Field('i', new Int32(), true), new Field('s', new Utf8(), true)])), 'stream');
    for (const [name, bytes, columns] of [['empty', await bytesOf('SELECT * FROM src LIMIT 0'), ['i', 's', 'x']], ['none', none, ['i', 's']]] as const) {
      insertIPCChunks(engine.conn, bytes, name, 3000);
      expect(count(`SELECT count(*) FROM ${name}`)).toBe(0);
      expect(engine.query(`SELECT column_name FROM information_schema.columns WHERE table_name = '${name}' ORDER BY ordinal_position`).getChildAt(0)!.toArray()).toEqual(columns);
    }
  });
});
