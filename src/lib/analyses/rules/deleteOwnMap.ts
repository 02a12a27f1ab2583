import { session } from '../../app/session.svelte';
import { dropSegmentColumnSql } from '../../sql/dropSegmentColumnSql';
import type { AnalysisEngine } from '../types';
import { CUSTOM_MAP, removeCustomMap, segmentColumns } from './segmentMaps.svelte';

/** Delete the user's own map: its stored rules, its column in customer_rfm, and a selection on it. */
export async function deleteOwnMap(engine: AnalysisEngine, written: Record<string, string>): Promise<void> {
  if (session.selection?.source === 'segment' && session.selection.column === `segment_${CUSTOM_MAP}`) session.selection = null;
  removeCustomMap();
  await engine.query(dropSegmentColumnSql(CUSTOM_MAP));
  delete written[CUSTOM_MAP];
  segmentColumns.writes++;
}
