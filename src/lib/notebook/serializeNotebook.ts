import { notebookFromValue } from './notebookFromValue';
import type { Cell, Notebook } from './types';

/** Multi-line text as a list of lines, as Jupyter stores sources: a one-line edit is a one-line diff. */
const lines = (text: string): string | string[] => (text.includes('\n') ? text.split('\n') : text);

function fileCell(cell: Cell): unknown {
  switch (cell.kind) {
    case 'markdown':
      return { ...cell, text: lines(cell.text) };
    case 'sql':
      return {
        ...cell,
        sql: lines(cell.sql),
        ...(cell.check && { check: { question: cell.check.question, expectSql: lines(cell.check.expectSql) } }),
      };
    default:
      return cell;
  }
}

/**
 * The notebook as a file: 2-space JSON with a fixed key order (options sorted), one object per
 * cell, multi-line SQL and text as lists of lines, and only notebook structure (never rows).
 * parseNotebook reads it back to an equal notebook.
 */
export function serializeNotebook(nb: Notebook): string {
  const clean = notebookFromValue(nb);
  return `${JSON.stringify({ ...clean, cells: clean.cells.map(fileCell) }, null, 2)}\n`;
}
