import { getContext, setContext } from 'svelte';
import type { NotebookSession } from './notebookSession.svelte';

const KEY = Symbol('notebook');

/** Give the notebook session to the cell components below (NotebookView does this once). */
export function setNotebookContext(session: NotebookSession): void {
  setContext(KEY, session);
}

/** The notebook session of the enclosing NotebookView. */
export function notebookContext(): NotebookSession {
  const s = getContext<NotebookSession | undefined>(KEY);
  if (!s) throw new Error('notebook components must be inside NotebookView');
  return s;
}
