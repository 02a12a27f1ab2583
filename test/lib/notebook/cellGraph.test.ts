import { describe, expect, it } from 'vitest';
import { cellGraph } from '../../../src/lib/notebook/cellGraph';
import { analysis, chart, md, sql } from './cells';

describe('cellGraph', () => {
  it('cellGraph() links each cell to the cells whose names it reads, ignoring base tables', () => {
    const g = cellGraph([
      sql('orders', 'SELECT * FROM transactions'),
      sql('big', 'SELECT * FROM orders WHERE amount > 100'),
      sql('joined', 'SELECT * FROM big JOIN orders USING (order_id)'),
    ]);
    expect(g.reads.get('joined')).toEqual(['big', 'orders']);
    expect(g.reads.get('orders')).toEqual([]);
    expect(g.readers.get('orders')).toEqual(['big', 'joined']);
    expect(g.problems).toEqual([]);
  });

  it('cellGraph() orders a cell after the cells it reads, else keeps notebook order', () => {
    const g = cellGraph([
      md('intro', 'hello'),
      sql('late', 'SELECT * FROM early'),
      sql('other', 'SELECT 1'),
      sql('early', 'SELECT * FROM transactions'),
    ]);
    expect(g.order).toEqual(['intro', 'other', 'early', 'late']);
  });

  it('cellGraph() reports a cycle along its path', () => {
    const g = cellGraph([sql('a', 'SELECT * FROM b'), sql('b', 'SELECT * FROM a'), sql('c', 'SELECT 1')]);
    expect(g.problems).toEqual([{ kind: 'cycle', cellIds: ['a', 'b'], message: 'cells a → b → a form a cycle' }]);
    expect(g.order).toEqual(['c', 'a', 'b']);
  });

  it('cellGraph() reports a cell that reads itself', () => {
    expect(cellGraph([sql('a', 'SELECT * FROM a')]).problems[0].message).toBe('cells a → a form a cycle');
  });

  it('cellGraph() reports a three-cell cycle once, and not the cells downstream of it', () => {
    const g = cellGraph([
      sql('a', 'SELECT * FROM c'), sql('b', 'SELECT * FROM a'), sql('c', 'SELECT * FROM b'), sql('d', 'SELECT * FROM c'),
    ]);
    expect(g.problems.map((p) => p.message)).toEqual(['cells a → b → c → a form a cycle']);
  });

  it('cellGraph() reports duplicate names, case-insensitively', () => {
    const cells = [sql('x', 'SELECT 1'), { ...sql('X', 'SELECT 2'), id: 'x2' }];
    const g = cellGraph(cells);
    expect(g.problems).toHaveLength(1);
    expect(g.problems[0]).toMatchObject({ kind: 'duplicate', cellIds: ['x', 'x2'] });
    expect(g.problems[0].message).toContain('name x is used by 2 cells');
  });

  it('cellGraph() reports invalid names', () => {
    const g = cellGraph([sql('1st', 'SELECT 1'), sql('select', 'SELECT 1')]);
    expect(g.problems.map((p) => p.kind)).toEqual(['name', 'name']);
    expect(g.problems[0].message).toContain('not starting with a digit');
  });

  it('cellGraph() links a chart to its source and a check to the cells it reads', () => {
    const g = cellGraph([
      sql('base', 'SELECT 1 AS v'),
      { ...sql('answer', 'SELECT 1'), check: { question: 'q?', expectSql: 'SELECT v FROM base, answer' } },
      chart('pic', 'Base'),
    ]);
    expect(g.reads.get('answer')).toEqual(['base']);
    expect(g.reads.get('pic')).toEqual(['base']);
  });

  it('cellGraph() reads an analysis cell through analysisSql when given, else through its options', () => {
    const cells = [sql('recent', 'SELECT * FROM transactions'), analysis('rfm', { table: 'recent' })];
    expect(cellGraph(cells).reads.get('rfm')).toEqual(['recent']);
    expect(cellGraph(cells, () => 'SELECT 1 FROM transactions').reads.get('rfm')).toEqual([]);
  });

  it('cellGraph() treats main.name as the cell name', () => {
    expect(cellGraph([sql('a', 'SELECT 1'), sql('b', 'SELECT * FROM main.a')]).reads.get('b')).toEqual(['a']);
  });

  it('cellGraph() returns an empty graph for no cells', () => {
    expect(cellGraph([])).toEqual({ order: [], reads: new Map(), readers: new Map(), problems: [] });
  });
});
