import { describe, expect, it } from 'vitest';
import { readFailure } from '../../../../src/lib/app/notebook/readFailure';
import { heldCells } from '../../../../src/lib/app/notebook/heldCells';
import { idle, type CellRunState } from '../../../../src/lib/app/notebook/cellRunState';
import type { Cell } from '../../../../src/lib/notebook/types';

const BIG = "SELECT list(repeat('x', 1000000)) AS l FROM range(4000)";
const CELLS: Cell[] = [
  { id: 'big', kind: 'sql', name: 'Big', sql: BIG },
  { id: 'reader', kind: 'sql', name: 'reader', sql: 'SELECT len(l) AS n FROM big' },
];
const ok: CellRunState = { ...idle(), status: 'ok', ranText: BIG, runs: 1, ms: 3 };
const OOM = 'Out of Memory Error: failed to allocate data of size 1.0 GiB (3.1 GiB/3.1 GiB used)';

describe('readFailure()', () => {
  it('readFailure() records an out-of-memory read of a view as the cell\'s error, so heldCells holds it and its readers', () => {
    const states = { big: ok, reader: { ...ok, ranText: 'SELECT len(l) AS n FROM big' } };
    const hit = readFailure(CELLS, states, 'big', OOM);
    expect(hit?.id).toBe('big');
    expect(hit?.state).toEqual({ ...ok, status: 'error', error: `reading the result failed: ${OOM}` });
    const after = { ...states, [hit!.id]: hit!.state };
    expect([...heldCells(CELLS, after)].sort()).toEqual(['big', 'reader']);
  });

  it('readFailure() leaves a cell alone when the read failed for an ordinary reason or was cut off by a restart', () => {
    expect(readFailure(CELLS, { big: ok }, 'big', 'Binder Error: column x not found')).toBeNull();
    expect(readFailure(CELLS, { big: ok }, 'big', 'the engine was restarted; run this again')).toBeNull();
  });

  it('readFailure() changes nothing for an unknown view, a cell that never ran, or one not ok', () => {
    expect(readFailure(CELLS, { big: ok }, 'nope', OOM)).toBeNull();
    expect(readFailure(CELLS, {}, 'big', OOM)).toBeNull();
    expect(readFailure(CELLS, { big: { ...ok, status: 'running' } }, 'big', OOM)).toBeNull();
  });

  it('readFailure() matches the view name case-insensitively, as DuckDB does', () => {
    expect(readFailure(CELLS, { big: ok }, 'BIG', 'RuntimeError: memory access out of bounds')?.id).toBe('big');
  });
});
