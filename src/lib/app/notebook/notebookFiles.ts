import { notebookFromMarkdown } from '../../notebook/notebookFromMarkdown';
import { notebookToMarkdown } from '../../notebook/notebookToMarkdown';
import { parseNotebook } from '../../notebook/parseNotebook';
import { serializeNotebook } from '../../notebook/serializeNotebook';
import type { Notebook } from '../../notebook/types';

/** Largest notebook file read (a notebook is structure, never rows). */
export const MAX_NOTEBOOK_BYTES = 5_000_000;

/** The file types a notebook is saved as. */
export type NotebookFormat = 'json' | 'md';

/**
 * Read an opened notebook file: Markdown with fenced cells when the name ends in .md or
 * .markdown, else versioned JSON. Errors name the file and the field or line.
 */
export function readNotebookFile(name: string, text: string): Notebook {
  try {
    return /\.(md|markdown)$/i.test(name) ? notebookFromMarkdown(text) : parseNotebook(text);
  } catch (e) {
    throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A file name for the notebook: its title without characters file systems refuse, and the extension. */
export function notebookFileName(title: string, format: NotebookFormat): string {
  const stem = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim() || 'notebook';
  return `${stem}${format === 'json' ? '.segbook.json' : '.md'}`;
}

/** The notebook as file text and MIME type. */
export function notebookFileText(nb: Notebook, format: NotebookFormat): { text: string; type: string } {
  return format === 'json'
    ? { text: serializeNotebook(nb), type: 'application/json' }
    : { text: notebookToMarkdown(nb), type: 'text/markdown' };
}
