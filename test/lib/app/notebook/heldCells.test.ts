import { describe, expect, it } from 'vitest';
import { heldCells } from '../../../../src/lib/app/notebook/heldCells';
import { idle, type CellRunState } from '../../../../src/lib/app/notebook/cellRunState';
import type { Cell } from '../../../../src/lib/notebook/types';

// big -> reader -> chart of reader; other is independent.
const CELLS: Cell[] = [
  { id: 'big', kind: 'sql', name: 'big', sql: "SELECT list(repeat('x', 1000000)) AS l FROM range(4000)" },
  { id: 'reader', kind: 'sql', name: 'reader', sql: 'SELECT len(l) AS n FROM big' },
  { id: 'other', kind: 'sql', name: 'other', sql: 'SELECT 1 AS x' },
  { id: 'k', kind: 'chart', source: 'reader', chart: { type: 'bar', fields: { x: 'n', y: 'n' } } },
];

const failed = (error: string, ranText: string | null = CELLS[0].kind === 'sql' ? CELLS[0].sql : null): CellRunState => ({ ...idle(), status: 'error', error, ranText, runs: 1 });

describe('heldCells()', () => {
  it('heldCells() holds a cell that ran the engine out of memory, and every cell reading it', () => {
    const held = heldCells(CELLS, { big: failed('Out of Memory Error: failed to allocate data of size 64.0 MiB (3.1 GiB/3.1 GiB used)'), other: { ...idle(), status: 'ok' } });
    expect([...held].sort()).toEqual(['big', 'k', 'reader']);
  });

  it('heldCells() holds a cell cut off by the restart (wasm trap, "the engine was restarted")', () => {
    expect([...heldCells(CELLS, { big: failed('RuntimeError: unreachable') })].sort()).toEqual(['big', 'k', 'reader']);
    expect(heldCells(CELLS, { other: failed('the engine was restarted; run this again', 'SELECT 1 AS x') })).toEqual(new Set(['other']));
  });

  it('heldCells() leaves alone an ordinary error and a cell edited since it failed', () => {
    expect(heldCells(CELLS, { big: failed('Catalog Error: Table with name nope does not exist!') }).size).toBe(0);
    expect(heldCells(CELLS, { big: failed('Out of Memory Error: x', 'SELECT 1 AS l') }).size).toBe(0);
    expect(heldCells(CELLS, {}).size).toBe(0);
  });
});
