import type { AnalysisSql } from './cellReads';
import { sqlTokens } from './sqlTokens';
import type { NamedCell } from './types';

/** `"name"` with embedded quotes doubled. */
const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** 1-based line of offset `at` in `text`. */
const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;

/**
 * The statement that defines a cell's view: `CREATE OR REPLACE VIEW "name" AS <sql>`. The
 * prefix shares the first line with the query so DuckDB's `LINE n` in errors is the line of
 * the cell. One query per cell: a trailing `;` is dropped, a second statement refused (a
 * shared notebook must not be able to run anything but the views it shows).
 */
export function viewSql(cell: NamedCell, analysisSql?: AnalysisSql): string {
  let body: string;
  if (cell.kind === 'analysis') {
    if (!analysisSql) throw new Error(`cell ${cell.name}: no SQL generator for analysis ${cell.analysis}`);
    body = analysisSql(cell);
  } else body = cell.sql;
  const tokens = sqlTokens(body);
  if (tokens.length === 0) throw new Error(`cell ${cell.name}: empty query (expected a SELECT)`);
  const semi = tokens.findIndex((t) => t.type === 'punct' && t.value === ';');
  if (semi >= 0) {
    const next = tokens.slice(semi).find((t) => !(t.type === 'punct' && t.value === ';'));
    if (next) {
      throw new Error(`cell ${cell.name}: line ${lineOf(body, next.start)}: a second statement after ';' (a cell holds one query)`);
    }
    body = body.slice(0, tokens[semi].start);
  }
  return `CREATE OR REPLACE VIEW ${quoteIdent(cell.name)} AS ${body.trimEnd()}`;
}
