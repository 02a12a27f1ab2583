import { notebookFromValue } from './notebookFromValue';
import type { Notebook } from './types';

/**
 * Read a notebook file (JSON, any known version): migrated to the current version and
 * validated, with an error that names the bad field, e.g. `cells[2].kind: "foo" (expected ...)`.
 */
export function parseNotebook(text: string): Notebook {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`not a notebook file: ${e instanceof Error ? e.message : String(e)}`);
  }
  return notebookFromValue(value);
}
