import { tableRefs } from './tableRefs';
import type { AnalysisCell, Cell } from './types';

/** Turns an analysis cell into the SQL that defines its view. */
export type AnalysisSql = (cell: AnalysisCell) => string;

// `main.x` and `memory.main.x` are the same view as `x`.
const unqualify = (ref: string): string => ref.replace(/^(?:memory\.)?main\./, '');

/**
 * The names (lowercased) a cell reads: the tables of its SQL and of its answer check, the
 * source of a chart, and for an analysis cell the tables of its generated SQL (without
 * `analysisSql`, its `table` and `source` options, else `transactions`). A cell never reads
 * itself through its check.
 */
export function cellReads(cell: Cell, analysisSql?: AnalysisSql): string[] {
  switch (cell.kind) {
    case 'markdown':
      return [];
    case 'chart':
      return [cell.source.toLowerCase()];
    case 'sql': {
      const own = cell.name.toLowerCase();
      const fromCheck = cell.check ? tableRefs(cell.check.expectSql).map(unqualify).filter((r) => r !== own) : [];
      return [...new Set([...tableRefs(cell.sql).map(unqualify), ...fromCheck])];
    }
    case 'analysis': {
      if (analysisSql) return tableRefs(analysisSql(cell)).map(unqualify);
      const named = [cell.options.table, cell.options.source].filter((v): v is string => typeof v === 'string');
      return named.length > 0 ? [...new Set(named.map((n) => n.toLowerCase()))] : ['transactions'];
    }
  }
}
