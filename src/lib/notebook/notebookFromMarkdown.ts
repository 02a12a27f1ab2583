import { notebookFromValue } from './notebookFromValue';
import type { Notebook } from './types';

type Raw = Record<string, unknown>;

const MARKER = /^<!--\s*segbook:markdown\s+id=(\S+)\s*-->\s*$/;
const FENCE = /^(`{3,}|~{3,})\s*(.*)$/;
// A fenced block is a cell only when its info string says so; plain ```sql stays markdown.
const CELL_INFO = /^(sql|segbook-analysis|segbook-chart)\s+(?=.*\b(?:id|name)=)/;

function json(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`line ${line}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** `sql id=a name=b {"check": ...}` -> kind, attributes and the trailing JSON object. */
function info(text: string, line: number): { lang: string; attrs: Raw; extra: Raw } {
  const brace = text.indexOf('{');
  const head = brace < 0 ? text : text.slice(0, brace);
  const [lang, ...pairs] = head.trim().split(/\s+/);
  const attrs: Raw = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq > 0) attrs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const extra = brace < 0 ? {} : json(text.slice(brace), line);
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) throw new Error(`line ${line}: expected a JSON object after the attributes`);
  // SAFETY: checked just above to be a non-null, non-array object.
  return { lang, attrs, extra: extra as Raw };
}

function cellFrom(lang: string, attrs: Raw, extra: Raw, body: string, line: number): Raw {
  if (lang === 'sql') return { ...extra, id: attrs.id, kind: 'sql', name: attrs.name, sql: body };
  if (lang === 'segbook-analysis') return { id: attrs.id, kind: 'analysis', name: attrs.name, analysis: attrs.analysis, options: json(body, line + 1) };
  return { id: attrs.id, kind: 'chart', source: attrs.source, chart: json(body, line + 1) };
}

/** Whether `line` closes a block opened by the fence `open` (same character, at least as long). */
function closes(line: string, open: string): boolean {
  const t = line.trim();
  return /^(`+|~+)$/.test(t) && t[0] === open[0] && t.length >= open.length;
}

/** Trim blank lines at both ends. */
const trimLines = (lines: string[]): string => lines.join('\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();

/**
 * Read a notebook written by notebookToMarkdown (or by hand): front matter optional (defaults:
 * English, USD), markdown between cells becomes markdown cells (leading and trailing blank
 * lines dropped; cells without an id marker get `md-1`, `md-2`, ...). Validated like a file.
 */
export function notebookFromMarkdown(text: string): Notebook {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const top: Raw = { format: 'segbook-notebook', version: 1, title: 'Untitled', sources: [], params: { currency: 'USD', discountRate: 0.1, locale: 'en' } };
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const m = /^([\w-]+):\s*(.*)$/.exec(lines[i]);
      if (!m) throw new Error(`line ${i + 1}: expected key: value in the front matter`);
      if (m[1] === 'segbook-notebook') top.version = json(m[2], i + 1);
      else top[m[1]] = json(m[2], i + 1);
    }
    i++;
  }
  const cells: Raw[] = [];
  let md: { id?: string; lines: string[] } | null = null;
  const endMarkdown = (): void => {
    if (md && (md.id !== undefined || trimLines(md.lines) !== '')) cells.push({ id: md.id, kind: 'markdown', text: trimLines(md.lines) });
    md = null;
  };
  let inCode = '';
  for (; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
    if (inCode) {
      if (closes(line, inCode)) inCode = '';
      md?.lines.push(line);
      continue;
    }
    const marker = MARKER.exec(line);
    if (marker) {
      endMarkdown();
      md = { id: marker[1], lines: [] };
    } else if (fenceMatch && CELL_INFO.test(fenceMatch[2])) {
      endMarkdown();
      const { lang, attrs, extra } = info(fenceMatch[2], i + 1);
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !closes(lines[i], fenceMatch[1]); i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`line ${start + 1}: ${lang} block is not closed`);
      cells.push(cellFrom(lang, attrs, extra, body.join('\n'), start + 1));
    } else {
      if (fenceMatch) inCode = fenceMatch[1];
      md ??= { lines: [] };
      md.lines.push(line);
    }
  }
  endMarkdown();
  const used = new Set(cells.map((c) => c.id));
  let n = 0;
  for (const cell of cells) {
    if (cell.id !== undefined) continue;
    do n++;
    while (used.has(`md-${n}`));
    cell.id = `md-${n}`;
  }
  return notebookFromValue({ ...top, cells });
}
