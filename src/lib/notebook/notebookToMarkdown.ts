import { notebookFromValue } from './notebookFromValue';
import type { Cell, Notebook } from './types';

/** A fence longer than any backtick run in the body, so the body cannot close it (CommonMark). */
function fence(body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

// Backticks are not allowed in a fence's info string; JSON can spell them \u0060.
const infoJson = (value: unknown): string => JSON.stringify(value).replaceAll('`', '\\u0060');

function block(info: string, body: string): string {
  const f = fence(body);
  return `${f}${info}\n${body}\n${f}`;
}

function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'markdown':
      return `<!-- segbook:markdown id=${cell.id} -->\n${cell.text}`;
    case 'sql': {
      const extra = { ...(cell.chart && { chart: cell.chart }), ...(cell.check && { check: cell.check }) };
      const json = Object.keys(extra).length > 0 ? ` ${infoJson(extra)}` : '';
      return block(`sql id=${cell.id} name=${cell.name}${json}`, cell.sql);
    }
    case 'analysis':
      return block(`segbook-analysis id=${cell.id} name=${cell.name} analysis=${cell.analysis}`, JSON.stringify(cell.options, null, 2));
    case 'chart':
      return block(`segbook-chart id=${cell.id} source=${cell.source}`, JSON.stringify(cell.chart, null, 2));
  }
}

/**
 * The notebook as Markdown that reads well on its own (GitHub renders it): a front matter of
 * `key: JSON` lines, markdown cells after an HTML comment carrying their id, and SQL, analysis
 * and chart cells as fenced blocks (```sql id=... name=...). notebookFromMarkdown reads it back.
 */
export function notebookToMarkdown(nb: Notebook): string {
  const clean = notebookFromValue(nb);
  const front = [
    '---',
    `segbook-notebook: ${clean.version}`,
    `title: ${JSON.stringify(clean.title)}`,
    `params: ${JSON.stringify(clean.params)}`,
    `sources: ${JSON.stringify(clean.sources)}`,
    '---',
  ].join('\n');
  return `${[front, ...clean.cells.map(cellText)].join('\n\n')}\n`;
}
