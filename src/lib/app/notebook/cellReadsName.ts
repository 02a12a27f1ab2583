import { cellReads } from '../../notebook/cellReads';
import type { Cell } from '../../notebook/types';
import { tolerantAnalysisSql } from './runPlan';

/**
 * Whether cell `c` reads the view `name` (its SQL and check, chart source or analysis SQL),
 * analysis cells read as the session runs them (its reference date, the overview's tables), so
 * a rename or a delete re-runs exactly the cells that will now read something else.
 */
export function cellReadsName(c: Cell, name: string, refDate: string | undefined): boolean {
  const { sqlOf } = tolerantAnalysisSql({ refDate, overviewTables: true });
  return cellReads(c, sqlOf).includes(name.toLowerCase());
}
