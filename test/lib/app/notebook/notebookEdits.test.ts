import { describe, expect, it } from 'vitest';
import {
  convertToSql, deleteCell, duplicateCell, insertCell, makeCell, moveCell, newCellId, notebookChanges, renameError, uniqueName, updateCell,
} from '../../../../src/lib/app/notebook/notebookEdits';
import { overviewNotebook } from '../../../../src/lib/notebook/overviewNotebook';
import { parseNotebook } from '../../../../src/lib/notebook/parseNotebook';
import { serializeNotebook } from '../../../../src/lib/notebook/serializeNotebook';
import type { Cell, Notebook } from '../../../../src/lib/notebook/types';

const nb = (): Notebook => ({ ...overviewNotebook('en'), cells: [
  { id: 'm', kind: 'markdown', text: '# hi' },
  { id: 'a', kind: 'sql', name: 'a', sql: 'SELECT 1 AS x' },
  { id: 'b', kind: 'sql', name: 'b', sql: 'SELECT x FROM a' },
  { id: 'r', kind: 'analysis', name: 'rfm', analysis: 'rfm', options: {} },
] });
const ids = (n: Notebook) => n.cells.map((c) => c.id);
let seed = 0;
const rand = () => ((seed = (seed * 9301 + 49297) % 233280) / 233280);

describe('notebook edits', () => {
  it('newCellId() and uniqueName() never collide with existing cells', () => {
    const cells: Cell[] = nb().cells;
    expect(cells.map((c) => c.id)).not.toContain(newCellId(cells, rand));
    expect(newCellId(cells, rand)).toMatch(/^c[0-9a-z]{6}$/);
    expect(uniqueName(cells, 'c')).toBe('c');
    expect(uniqueName(cells, 'A')).toBe('A_2');
    expect(uniqueName(cells, 'rfm')).toBe('rfm_2');
    expect(uniqueName(cells, '1bad')).toBe('cell');
  });

  it('renameError() refuses invalid, reserved and taken names, ignoring case', () => {
    const cells = nb().cells;
    expect(renameError(cells, 'a', 'a')).toBeNull();
    expect(renameError(cells, 'a', 'B')).toBe('name B is used by another cell');
    expect(renameError(cells, 'a', 'select')).toContain('reserved');
    expect(renameError(cells, 'a', 'my name')).toContain('invalid name');
    expect(renameError(cells, 'a', '客户')).toBeNull();
  });

  it('makeCell() gives each kind valid starter content, and the notebook stays a valid file', () => {
    let n = nb();
    for (const kind of ['markdown', 'sql', 'analysis', 'chart'] as const) n = insertCell(n, makeCell(n.cells, kind, { random: rand }));
    expect(n.cells.slice(4).map((c) => c.kind)).toEqual(['markdown', 'sql', 'analysis', 'chart']);
    expect(n.cells[5]).toMatchObject({ name: 'query_1' });
    expect(n.cells[6]).toMatchObject({ name: 'rfm_2', analysis: 'rfm' });
    expect(n.cells[7]).toMatchObject({ source: 'rfm_2', chart: { type: 'bar', fields: {} } });
    expect(parseNotebook(serializeNotebook(n))).toEqual(n);
  });

  it('moveCell(), duplicateCell(), deleteCell() and updateCell() return new notebooks and leave the old one', () => {
    const n = nb();
    expect(ids(moveCell(n, 'b', -1))).toEqual(['m', 'b', 'a', 'r']);
    expect(moveCell(n, 'm', -1)).toBe(n);
    expect(ids(moveCell(n, 'm', 10))).toEqual(['a', 'b', 'r', 'm']);
    const dup = duplicateCell(n, 'a', rand);
    expect(dup.nb.cells[2]).toMatchObject({ id: dup.id, kind: 'sql', name: 'a_copy', sql: 'SELECT 1 AS x' });
    expect(ids(deleteCell(n, 'a'))).toEqual(['m', 'b', 'r']);
    expect(deleteCell(n, 'zz')).toBe(n);
    const up = updateCell(n, 'a', (c) => (c.kind === 'sql' ? { ...c, sql: 'SELECT 2 AS x' } : c));
    expect(up.cells[1]).toMatchObject({ sql: 'SELECT 2 AS x' });
    expect(n.cells[1]).toMatchObject({ sql: 'SELECT 1 AS x' });
  });

  it('convertToSql() keeps the id and name of an analysis cell', () => {
    expect(convertToSql(nb(), 'r', 'SELECT 1').cells[3]).toEqual({ id: 'r', kind: 'sql', name: 'rfm', sql: 'SELECT 1' });
    expect(convertToSql(nb(), 'a', 'SELECT 1').cells[1]).toEqual(nb().cells[1]);
  });

  it('notebookChanges() lists the views to drop and the cells to re-run after a jump', () => {
    const before = nb();
    const renamed = updateCell(before, 'a', (c) => (c.kind === 'sql' ? { ...c, name: 'a2' } : c));
    expect(notebookChanges(before, renamed)).toEqual({ dropNames: ['a'], changedIds: ['a'] });
    expect(notebookChanges(before, deleteCell(before, 'b'))).toEqual({ dropNames: ['b'], changedIds: [] });
    expect(notebookChanges(deleteCell(before, 'b'), before)).toEqual({ dropNames: [], changedIds: ['b'] });
    const md = updateCell(before, 'm', () => ({ id: 'm', kind: 'markdown', text: 'changed' }));
    expect(notebookChanges(before, md)).toEqual({ dropNames: [], changedIds: [] });
    const opts = updateCell(before, 'r', (c) => (c.kind === 'analysis' ? { ...c, options: { bins: 3 } } : c));
    expect(notebookChanges(before, opts)).toEqual({ dropNames: [], changedIds: ['r'] });
  });
});
