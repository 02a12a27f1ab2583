const VIEW_PREFIX = /^CREATE OR REPLACE VIEW "(?:[^"]|"")*" AS /;

/** Where in a cell's SQL an engine error points: 1-based line, and column when it can be told. */
export interface ErrorPosition {
  line: number;
  column?: number;
}

/**
 * Find the position an engine error names in the cell's SQL. DuckDB reports `LINE n: <the line,
 * maybe cut with ...>` and a caret under the spot; `statement` is what ran (viewSql: the cell's
 * first line follows `CREATE OR REPLACE VIEW "name" AS ` on line 1) and `cellSql` the cell's text.
 * Null when the message has no position.
 */
export function errorPosition(message: string, statement: string, cellSql: string): ErrorPosition | null {
  const lines = message.split('\n');
  const at = lines.findIndex((l) => /^LINE \d+: /.test(l));
  if (at < 0) return null;
  const m = /^(LINE (\d+): )(.*)$/.exec(lines[at]);
  if (!m) return null;
  const line = Number(m[2]);
  const cellLines = cellSql.split('\n');
  if (line < 1 || line > Math.max(cellLines.length, 1)) return { line: Math.min(Math.max(line, 1), cellLines.length) };
  const caret = (lines[at + 1] ?? '').indexOf('^');
  if (caret < 0) return { line };
  let shown = m[3];
  let inShown = caret - m[1].length;
  if (shown.startsWith('...')) {
    shown = shown.slice(3);
    inShown -= 3;
  }
  if (shown.endsWith('...')) shown = shown.slice(0, -3);
  const stmtLine = statement.split('\n')[line - 1] ?? '';
  const start = stmtLine.indexOf(shown);
  if (start < 0 || inShown < 0) return { line };
  let column = start + inShown;
  // On line 1 the cell's text starts after the CREATE VIEW prefix.
  if (line === 1) column -= VIEW_PREFIX.exec(statement)?.[0].length ?? 0;
  return column >= 0 && column <= cellLines[line - 1].length ? { line, column: column + 1 } : { line };
}
