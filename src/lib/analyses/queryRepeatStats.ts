import type { Table } from 'apache-arrow';
import { customerSliceViewSql } from '../sql/customerSliceViewSql';
import { repeatPartSql } from '../sql/repeatPartSql';
import { repeatStatsFromPartsSql } from '../sql/repeatStatsFromPartsSql';
import { repeatStatsSql } from '../sql/repeatStatsSql';
import type { AnalysisEngine } from './types';

const VIEW = '__repeat_part';
const PARTS = '__repeat_parts';

/**
 * repeatStatsSql()'s row. With `parts` > 1 (dataParts) it is computed one customer slice at a
 * time (repeatPartSql) and added up (repeatStatsFromPartsSql): the order-level grouping over all
 * 20M orders of a big file ran DuckDB-WASM out of memory.
 */
export async function queryRepeatStats(engine: AnalysisEngine, split: { parts: number; refDate: string | null }): Promise<Table> {
  if (split.parts <= 1 || split.refDate === null) return engine.query(repeatStatsSql());
  try {
    for (let k = 0; k < split.parts; k++) {
      await engine.query(customerSliceViewSql(VIEW, k, split.parts));
      const part = repeatPartSql({ table: VIEW, refDate: split.refDate });
      await engine.query(k === 0 ? `CREATE OR REPLACE TEMP TABLE ${PARTS} AS ${part}` : `INSERT INTO ${PARTS} ${part}`);
    }
    return await engine.query(repeatStatsFromPartsSql(PARTS));
  } finally {
    await engine.query(`DROP VIEW IF EXISTS ${VIEW}; DROP TABLE IF EXISTS ${PARTS}`);
  }
}
