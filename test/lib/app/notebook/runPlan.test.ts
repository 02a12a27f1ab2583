import { describe, expect, it } from 'vitest';
import { cancellable, CancelledError, dropViewSql, runAllOrder, runOrder, schemaSql } from '../../../../src/lib/app/notebook/runPlan';
import { runCells } from '../../../../src/lib/notebook/runCells';
import type { Cell } from '../../../../src/lib/notebook/types';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';

// a -> b -> c, plus two independent cells and a chart of b.
const CELLS: Cell[] = [
  { id: 'c', kind: 'sql', name: 'c', sql: 'SELECT y * 2 AS z FROM b' },
  { id: 'a', kind: 'sql', name: 'a', sql: 'SELECT 1 AS x' },
  { id: 'b', kind: 'sql', name: 'b', sql: 'SELECT x + 1 AS y FROM a' },
  { id: 'd', kind: 'sql', name: 'd', sql: 'SELECT 10 AS p' },
  { id: 'e', kind: 'sql', name: 'e', sql: 'SELECT 20 AS q' },
  { id: 'k', kind: 'chart', source: 'b', chart: { type: 'bar', fields: { x: 'y', y: 'y' } } },
];

describe('run plans', () => {
  it('runOrder() is the union of the changed cells and their readers, in run order; nothing else', () => {
    expect(runOrder(CELLS, ['a'])).toEqual(['a', 'b', 'c', 'k']);
    expect(runOrder(CELLS, ['b', 'd'])).toEqual(['b', 'c', 'd', 'k']);
    expect(runOrder(CELLS, ['e'])).toEqual(['e']);
    expect(runOrder(CELLS, ['gone'])).toEqual([]);
    expect(runAllOrder(CELLS)).toEqual(['a', 'b', 'c', 'd', 'e', 'k']);
  });

  it('runOrder() still lists a changed cell on a cycle, so its problem shows on it', () => {
    const cyc: Cell[] = [
      { id: 'p', kind: 'sql', name: 'p', sql: 'SELECT * FROM q' },
      { id: 'q', kind: 'sql', name: 'q', sql: 'SELECT * FROM p' },
    ];
    expect(runOrder(cyc, ['p'])).toEqual(['p']);
  });

  it('cancellable() rejects at once when the signal aborts, and passes results through otherwise', async () => {
    const ctrl = new AbortController();
    let finish: () => void = () => {};
    const slow = cancellable(() => new Promise<void>((r) => (finish = r)), ctrl.signal);
    const p = slow('SELECT 1');
    ctrl.abort();
    await expect(p).rejects.toBeInstanceOf(CancelledError);
    finish();
    await expect(cancellable(async () => {}, new AbortController().signal)('x')).resolves.toBeUndefined();
    await expect(cancellable(async () => { throw new Error('boom'); }, new AbortController().signal)('x')).rejects.toThrow('boom');
    await expect(cancellable(async () => {}, ctrl.signal)('x')).rejects.toThrow('cancelled');
  });

  it('runCells() with a cancellable exec ends the running cell and blocks the rest when cancelled', async () => {
    const ctrl = new AbortController();
    const exec = cancellable(async (sql) => {
      if (sql.includes('"b"')) {
        ctrl.abort();
        await new Promise((r) => setTimeout(r, 10));
      }
    }, ctrl.signal);
    const res = await runCells(CELLS, runOrder(CELLS, ['a']), exec, undefined, { signal: ctrl.signal });
    expect(Object.fromEntries(Object.entries(res).map(([id, r]) => [id, r.status]))).toEqual({ a: 'ok', b: 'error', c: 'blocked', k: 'blocked' });
    expect(res.b.error).toBe('cancelled');
  });

  it('schemaSql() lists view columns for completion and dropViewSql() drops a view by name', async () => {
    const { conn } = await openNodeDuckDB();
    await runCells(CELLS, runAllOrder(CELLS), async (sql) => void conn.query(sql));
    const rows = conn.query(schemaSql()).toArray().map((r) => `${r.table_name}.${r.column_name}`);
    expect(rows).toEqual(['a.x', 'b.y', 'c.z', 'd.p', 'e.q']);
    conn.query(dropViewSql('e'));
    conn.query(dropViewSql('e'));
    expect(conn.query(schemaSql()).numRows).toBe(4);
    expect(dropViewSql('a"b')).toBe('DROP VIEW IF EXISTS "a""b"');
  });
});
