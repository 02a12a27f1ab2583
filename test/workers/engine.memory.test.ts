import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../workers/db/node-duckdb';
import { Engine } from '../../workers/engine';

describe('Engine.memory', () => {
  it('memory() gives the wasm heap, which holds DuckDB\'s share and never shrinks', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    const before = engine.memory();
    engine.exec('CREATE TABLE big AS SELECT range AS i, md5(range::VARCHAR) AS s FROM range(2000000)');
    const full = engine.memory();
    engine.exec('DROP TABLE big');
    const after = engine.memory();
    expect(full.duckdbBytes).toBeGreaterThan(before.duckdbBytes + 10_000_000);
    expect(full.wasmBytes).toBeGreaterThanOrEqual(full.duckdbBytes);
    expect(full.wasmBytes % 65_536).toBe(0);
    expect(after.duckdbBytes).toBeLessThan(full.duckdbBytes);
    expect(after.wasmBytes).toBe(full.wasmBytes);
    engine.conn.close();
  });
});
