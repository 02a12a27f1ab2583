import type { Table } from 'apache-arrow';
import { repeatStatsPartsSql } from '../sql/repeatStatsPartsSql';
import type { AnalysisEngine } from './types';

/**
 * repeatStatsSql()'s row; with `split.parts` > 1 (dataParts) computed one customer slice at a
 * time (repeatStatsPartsSql), its temp view and table dropped even when a slice fails.
 */
export async function queryRepeatStats(engine: AnalysisEngine, split: { parts: number; refDate: string | null }): Promise<Table> {
  const sql = repeatStatsPartsSql(split.parts, split.refDate);
  try {
    for (const s of sql.build) await engine.query(s);
    return await engine.query(sql.query);
  } finally {
    for (const s of sql.drop) await engine.query(s);
  }
}
