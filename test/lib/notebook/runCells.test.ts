import { beforeAll, describe, expect, it } from 'vitest';
import { runCells, type CellRunEvent } from '../../../src/lib/notebook/runCells';
import { analysis, chart, md, sql } from './cells';
import { duck } from './duck';

let d: Awaited<ReturnType<typeof duck>>;

beforeAll(async () => {
  d = await duck();
  d.conn.query("CREATE TABLE transactions AS SELECT * FROM (VALUES ('c1', 10.0), ('c1', 5.0), ('c2', 7.0)) AS t(customer_id, amount)");
});

describe('runCells', () => {
  it('runCells() creates one view per cell that later cells and DuckDB can read', async () => {
    const cells = [
      sql('per_customer', 'SELECT customer_id, sum(amount) AS total FROM transactions GROUP BY 1'),
      sql('top', 'SELECT customer_id FROM per_customer ORDER BY total DESC LIMIT 1;'),
    ];
    const res = await runCells(cells, ['per_customer', 'top'], d.exec);
    expect(res.per_customer.status).toBe('ok');
    expect(res.top).toMatchObject({ status: 'ok', sql: 'CREATE OR REPLACE VIEW "top" AS SELECT customer_id FROM per_customer ORDER BY total DESC LIMIT 1' });
    expect(d.rows('SELECT * FROM top')).toEqual([{ customer_id: 'c1' }]);
  });

  it('runCells() blocks the dependents of a failing cell and still runs independent cells', async () => {
    const cells = [
      sql('bad', 'SELECT no_such_column FROM transactions'),
      sql('after_bad', 'SELECT * FROM bad'),
      sql('after_after', 'SELECT * FROM after_bad'),
      sql('fine', 'SELECT count(*) AS n FROM transactions'),
      chart('pic', 'after_bad'),
    ];
    const res = await runCells(cells, ['bad', 'after_bad', 'after_after', 'fine', 'pic'], d.exec);
    expect(res.bad.status).toBe('error');
    expect(res.bad.error).toContain('no_such_column');
    expect(res.after_bad).toMatchObject({ status: 'blocked', error: 'blocked: cell bad failed' });
    expect(res.after_after.status).toBe('blocked');
    expect(res.pic.status).toBe('blocked');
    expect(res.fine.status).toBe('ok');
    expect(d.rows('SELECT n FROM fine')).toEqual([{ n: 3 }]);
  });

  it('runCells() reports running then the result of each cell, in order', async () => {
    const events: [string, CellRunEvent['status']][] = [];
    await runCells([md('m', '# hi'), sql('one', 'SELECT 1 AS x')], ['m', 'one'], d.exec, (id, e) => events.push([id, e.status]));
    expect(events).toEqual([['m', 'ok'], ['one', 'running'], ['one', 'ok']]);
  });

  it('runCells() keeps DuckDB line numbers equal to the lines of the cell', async () => {
    const res = await runCells([sql('lines', 'SELECT 1 AS x\nFROM transactions\nWHERE nope = 1')], ['lines'], d.exec);
    expect(res.lines.error).toContain('LINE 3');
  });

  it('runCells() refuses a second statement in a cell without running any of it', async () => {
    const res = await runCells([sql('sneaky', 'SELECT 1 AS x;\nDROP TABLE transactions')], ['sneaky'], d.exec);
    expect(res.sneaky).toMatchObject({ status: 'error', error: "cell sneaky: line 2: a second statement after ';' (a cell holds one query)" });
    expect(d.rows('SELECT count(*) AS n FROM transactions')).toEqual([{ n: 3 }]);
  });

  it('runCells() runs analysis cells with the SQL analysisSql gives', async () => {
    const cells = [analysis('rfm_a')];
    const res = await runCells(cells, ['rfm_a'], d.exec, undefined, {
      analysisSql: () => 'SELECT customer_id, count(*) AS f FROM transactions GROUP BY 1',
    });
    expect(res.rfm_a.status).toBe('ok');
    expect(d.rows('SELECT f FROM rfm_a ORDER BY customer_id')).toEqual([{ f: 2 }, { f: 1 }]);
    const without = await runCells(cells, ['rfm_a'], d.exec);
    expect(without.rfm_a).toMatchObject({ status: 'error', error: 'cell rfm_a: no SQL generator for analysis rfm' });
  });

  it('runCells() marks the cells of a cycle as errors with the cycle message', async () => {
    const res = await runCells([sql('p', 'SELECT * FROM q'), sql('q', 'SELECT * FROM p')], ['p', 'q'], d.exec);
    expect(res.p).toMatchObject({ status: 'error', error: 'cells p → q → p form a cycle' });
  });

  it('runCells() stops when the signal aborts and reports the rest blocked', async () => {
    const ctl = new AbortController();
    const cells = [sql('s1', 'SELECT 1 AS x'), sql('s2', 'SELECT 2 AS x')];
    const res = await runCells(cells, ['s1', 's2'], async (q) => {
      await d.exec(q);
      ctl.abort();
    }, undefined, { signal: ctl.signal });
    expect(res.s1.status).toBe('ok');
    expect(res.s2).toEqual({ status: 'blocked', error: 'cancelled', ms: 0 });
  });

  it('runCells() refuses an unknown id and returns nothing for no ids', async () => {
    await expect(runCells([], ['x'], d.exec)).rejects.toThrow('no cell with id "x"');
    expect(await runCells([], [], d.exec)).toEqual({});
  });
});
