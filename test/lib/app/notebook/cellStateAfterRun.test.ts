import { describe, expect, it } from 'vitest';
import { cellStateAfterRun } from '../../../../src/lib/app/notebook/cellStateAfterRun';
import { idle, type CellRunState } from '../../../../src/lib/app/notebook/cellRunState';
import { chart, sql } from '../../notebook/cells';

const checked: CellRunState = {
  ...idle(), status: 'running', runs: 2, check: { pass: true, actual: '1', expected: '1' }, checkError: 'old',
};

describe('cellStateAfterRun()', () => {
  it('cellStateAfterRun() records an ok run: its time, statement, SQL text, one more run, the check cleared', () => {
    const cell = sql('top', 'SELECT 1 AS x');
    const s = cellStateAfterRun(checked, { status: 'ok', ms: 12.5, sql: 'CREATE OR REPLACE VIEW "top" AS SELECT 1 AS x' }, cell, false, 1700000000000);
    expect(s).toEqual({
      status: 'ok', ms: 12.5, error: null, statement: 'CREATE OR REPLACE VIEW "top" AS SELECT 1 AS x',
      ranText: 'SELECT 1 AS x', runs: 3, ranAt: 1700000000000, check: null, checkError: null,
    });
  });

  it('cellStateAfterRun() keeps the error of a failed run, and no SQL text for a cell other than SQL', () => {
    const s = cellStateAfterRun(idle(), { status: 'error', ms: 0, error: 'Catalog Error: no t' }, chart('k', 't'), false, 5);
    expect(s).toMatchObject({ status: 'error', error: 'Catalog Error: no t', statement: null, ranText: null, runs: 1, ranAt: 5 });
  });

  it('cellStateAfterRun() shows a cell cut off by Stop as cancelled, without the error', () => {
    const s = cellStateAfterRun(checked, { status: 'blocked', ms: 0, error: 'cancelled' }, sql('a', 'SELECT 2'), true, 9);
    expect(s).toMatchObject({ status: 'cancelled', error: null, runs: 3, ranText: 'SELECT 2' });
  });

  it('cellStateAfterRun() leaves the earlier state it is given unchanged', () => {
    const before = { ...checked };
    cellStateAfterRun(checked, { status: 'ok', ms: 1 }, undefined, false, 1);
    expect(checked).toEqual(before);
  });
});
