import { session } from '../../app/session.svelte';
import type { SegmentMap } from '../../sql/SegmentMap';
import type { AnalysisEngine } from '../types';
import { applySegmentMap } from './applySegmentMap';
import { builtInMap } from './builtInMap';
import { resetMap, saveMap, segmentColumns } from './segmentMaps.svelte';

/**
 * Apply an edited map: write it into customer_rfm (recorded in `written`, see loadSegments), keep
 * it in this browser (a map equal to the built-in one is simply forgotten), and keep a segment
 * selection on that map to the segments that still exist, so linked views follow.
 */
export async function applyMapEdit(engine: AnalysisEngine, map: SegmentMap, written: Record<string, string>): Promise<void> {
  await applySegmentMap(engine, map);
  written[map.name] = JSON.stringify(map);
  segmentColumns.writes++;
  if (JSON.stringify(builtInMap(map.name)) === JSON.stringify(map)) resetMap(map.name);
  else saveMap(map);
  const sel = session.selection;
  if (sel?.source === 'segment' && (sel.column ?? 'segment_rfm10') === `segment_${map.name}`) {
    const names = new Set([...map.rules.map((r) => r.segment), map.otherwise]);
    const keys = sel.keys.filter((k) => names.has(k));
    session.selection = keys.length ? { ...sel, keys } : null;
  }
}
