import type { NotebookSession } from './notebookSession.svelte';

let current: NotebookSession | null = null;

/** The notebook on the page (set by NotebookView), for the toolbar's share and report actions. */
export const currentNotebook = {
  get: (): NotebookSession | null => current,
  set: (nbs: NotebookSession | null): void => {
    current = nbs;
  },
};
