import { beforeAll, describe, expect, it } from 'vitest';
import { RecordBatchReader } from 'apache-arrow';
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
    insertIPCChunks(engine.conn, await bytesOf('SELECT * FROM src LIMIT 0'), 'empty', 3000);
    expect(count('SELECT count(*) FROM empty')).toBe(0);
    expect(engine.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'empty' ORDER BY ordinal_position").getChildAt(0)!.toArray()).toEqual(['i', 's', 'x']);
  });
});
