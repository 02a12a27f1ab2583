// The notebook file codec in one place: JSON (versioned, diffable) and Markdown with fenced cells.
export { serializeNotebook } from './serializeNotebook';
export { parseNotebook } from './parseNotebook';
export { notebookToMarkdown } from './notebookToMarkdown';
export { notebookFromMarkdown } from './notebookFromMarkdown';
