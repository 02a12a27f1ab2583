import { cellGraph } from './cellGraph';
import { cellReads, type AnalysisSql } from './cellReads';
import { engineTablesSql } from './engineTablesSql';
import { scriptImportSql } from './scriptImportSql';
import { sqlComment } from './sqlComment';
import { sqlTokens } from './sqlTokens';
import { viewSql } from './viewSql';
import type { Cell, ChartSpec, Notebook } from './types';

/** What the script needs besides the notebook. */
export interface SqlScriptOptions {
  /** The SQL of an analysis cell (the app's analysisSql with the notebook's reference date). */
  analysisSql: AnalysisSql;
  /** When the script is written, for its header. */
  now: Date;
}

const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();

function chartText(chart: ChartSpec, source: string): string {
  const fields = Object.entries(chart.fields).map(([k, v]) => `${k}=${v}`).join(', ');
  return `Chart${chart.title ? ` "${oneLine(chart.title)}"` : ''}: ${chart.type} of ${source}${fields ? ` (${fields})` : ''}`;
}

/** `stmt;`, with the `;` on its own line when the statement ends in a line comment that would swallow it. */
function terminated(stmt: string): string {
  const tokens = sqlTokens(stmt);
  const last = tokens[tokens.length - 1];
  return last && stmt.slice(last.end).trim() !== '' ? `${stmt}\n;` : `${stmt};`;
}

/**
 * The notebook as a plain DuckDB SQL script (`duckdb -c ".read notebook.sql"`): a header saying
 * what it is and how to run it; the import of each data source into its table with read_csv
 * (scriptImportSql: the recorded roles and options, the path on a line marked EDIT HERE); the
 * engine tables the cells read (customer_rfm...) from the app's own SQL builders; then every SQL
 * and analysis cell as `CREATE OR REPLACE VIEW name AS ...;` in dependency order, markdown cells
 * as `--` comments and chart cells as a comment naming the chart. A cell the script cannot run
 * (a bad option, a cycle, a table only the app makes) is kept as a comment that says why.
 */
export function notebookSqlScript(nb: Notebook, opts: SqlScriptOptions): string {
  const { analysisSql } = opts;
  const sqlOf: AnalysisSql = (cell) => {
    try {
      return analysisSql(cell);
    } catch {
      // The cell is reported below with the error; for the graph it reads nothing.
      return 'SELECT 1';
    }
  };
  const graph = cellGraph(nb.cells, sqlOf);
  const byId = new Map(nb.cells.map((c) => [c.id, c]));
  const defined = new Set(nb.cells.flatMap((c) => ('name' in c ? [c.name.toLowerCase()] : [])));
  const read = new Set(nb.cells.flatMap((c) => cellReads(c, sqlOf)).filter((n) => !defined.has(n)));
  const tables = engineTablesSql(read);

  const header = [
    `Segbook notebook: ${oneLine(nb.title) || '(untitled)'}`,
    `Exported ${opts.now.toISOString()} as a plain DuckDB SQL script (DuckDB 1.4 or later).`,
    '',
    'Run it with the DuckDB command line, in the folder of your data file:',
    '  duckdb -c ".read notebook.sql"      (in memory: prints nothing, ends with the views defined)',
    '  duckdb mydb.duckdb < notebook.sql   (keeps the table and the views in mydb.duckdb)',
    'Then query any view, e.g. SELECT * FROM <view name>;',
    '',
    'Before running: set the path of the data file on the line marked EDIT HERE.',
  ];
  const parts: string[] = [sqlComment(header.join('\n'))];
  for (const source of nb.sources) parts.push(scriptImportSql(source));
  if (nb.sources.length === 0) parts.push(sqlComment('This notebook records no data source: create the table transactions before the views below.'));
  if (tables.statements.length > 0) {
    parts.push(`${sqlComment('Tables Segbook builds after an import, which the cells below read.')}\n${tables.statements.join('\n')}`);
  }

  // A cell is left out when it fails, or reads a cell left out, or reads a table only the app makes.
  const skipped = new Map<string, string>();
  for (const id of graph.order) {
    const cell = byId.get(id)!;
    const why = skipReason(cell, graph, skipped, byId, tables.unavailable, sqlOf, analysisSql);
    if (why) skipped.set(id, why);
    parts.push(cellPart(cell, why, analysisSql));
  }
  return `${parts.join('\n\n')}\n`;
}

function skipReason(
  cell: Cell, graph: ReturnType<typeof cellGraph>, skipped: Map<string, string>, byId: Map<string, Cell>,
  unavailable: string[], sqlOf: AnalysisSql, analysisSql: AnalysisSql,
): string | null {
  const problem = graph.problems.find((p) => p.cellIds.includes(cell.id));
  if (problem) return problem.message;
  const blocker = (graph.reads.get(cell.id) ?? []).find((d) => skipped.has(d));
  if (blocker) {
    const b = byId.get(blocker)!;
    return `it reads ${'name' in b ? b.name : blocker}, which is left out`;
  }
  const missing = cellReads(cell, sqlOf).find((n) => unavailable.includes(n));
  if (missing === 'customer_clv') {
    return 'it reads customer_clv, which Segbook\'s CLV fit writes (npm run analyze -- --engine native --database FILE --analysis clv leaves it in FILE; uncomment the cell to run it there)';
  }
  if (missing) return `it reads ${missing}, the page's current selection`;
  if (cell.kind === 'analysis' || cell.kind === 'sql') {
    try {
      viewSql(cell, analysisSql);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  return null;
}

function cellPart(cell: Cell, why: string | null, analysisSql: AnalysisSql): string {
  switch (cell.kind) {
    case 'markdown':
      return sqlComment(cell.text);
    case 'chart':
      return sqlComment(chartText(cell.chart, cell.source));
    case 'sql':
    case 'analysis': {
      const what = cell.kind === 'sql' ? `Cell ${cell.name}` : `Cell ${cell.name}: the ${cell.analysis} analysis`;
      const lines = [what, ...(cell.kind === 'sql' && cell.chart ? [chartText(cell.chart, cell.name)] : [])];
      if (why !== null) {
        const body = cell.kind === 'sql' ? cell.sql : safe(() => analysisSql(cell));
        return sqlComment([...lines, `Left out: ${why}`, '', ...(body ? body.split('\n') : [])].join('\n'));
      }
      return `${sqlComment(lines.join('\n'))}\n${terminated(viewSql(cell, analysisSql))}`;
    }
  }
}

function safe(f: () => string): string {
  try {
    return f();
  } catch {
    return '';
  }
}
