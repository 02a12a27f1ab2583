import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { overviewParts } from '../../../workers/overview/overviewParts';
import { dataPartsSql } from '../sql/dataPartsSql';
import type { AnalysisEngine } from './types';

/**
 * In how many customer slices a view computes order-level figures on this data (overviewParts:
 * 1 up to 4M transaction rows, as prepareOverview), and the reference date every slice must
 * share (null when there are no dated rows: then there is nothing to slice and parts is 1).
 */
export async function dataParts(engine: AnalysisEngine): Promise<{ parts: number; refDate: string | null }> {
  const r = readColumns(await engine.query(dataPartsSql()), ['n', 'd']);
  const refDate = r.d[0] === null ? null : String(r.d[0]);
  return { parts: refDate === null ? 1 : overviewParts(num(r.n[0])), refDate };
}
