import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../workers/engine';
import { openNodeDuckDB } from '../../workers/db/node-duckdb';

describe('Engine.queryStreamed', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    engine.exec(`CREATE TABLE t AS SELECT range::INTEGER AS k, (range % 7)::DOUBLE AS x, 'c' || range AS id FROM range(10000)`);
  });

  it('queryStreamed() gives the rows, order and types of query() over many chunks', () => {
    const sql = 'SELECT k, x, id FROM t WHERE x > 2 ORDER BY k DESC';
    const streamed = engine.queryStreamed(sql);
    const whole = engine.query(sql);
    expect(streamed.numRows).toBe(whole.numRows);
    expect(streamed.numRows).toBeGreaterThan(2048);
    expect(streamed.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(whole.schema.fields.map((f) => `${f.name}:${f.type}`));
    expect([...streamed.getChild('k')!.toArray()]).toEqual([...whole.getChild('k')!.toArray()]);
    expect([...streamed.getChild('id')!.toArray()]).toEqual([...whole.getChild('id')!.toArray()]);
  });

  it('queryStreamed() gives an empty table with its columns, and names a bad column', () => {
    const none = engine.queryStreamed('SELECT k, x FROM t WHERE false');
    expect(none.numRows).toBe(0);
    expect(none.getChild('x')!.toArray().length).toBe(0);
    expect(() => engine.queryStreamed('SELECT nope FROM t')).toThrow(/nope/);
    expect(Number(engine.query('SELECT count(*) AS n FROM t').getChild('n')!.get(0))).toBe(10000);
  });
});
