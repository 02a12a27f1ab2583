import { applySegmentMapSql } from '../../sql/applySegmentMapSql';
import type { SegmentMap } from '../../sql/SegmentMap';
import type { AnalysisEngine } from '../types';

/**
 * Write `map`'s segments into customer_rfm's `segment_<name>` column (added for a user's own map),
 * so sizes, the customer list and the linked selection all read the rules the user set.
 */
export async function applySegmentMap(engine: AnalysisEngine, map: SegmentMap): Promise<void> {
  for (const sql of applySegmentMapSql(map)) await engine.query(sql);
}
