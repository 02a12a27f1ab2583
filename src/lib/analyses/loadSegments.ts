import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { cn8Map } from '../sql/cn8Map';
import { rf10Map } from '../sql/rf10Map';
import { rfm10Map } from '../sql/rfm10Map';
import { rfmCutsSql } from '../sql/rfmCutsSql';
import { savedRfmCutsSql } from '../sql/savedRfmCutsSql';
import type { SegmentMap } from '../sql/SegmentMap';
import { segmentRuleCountsSql } from '../sql/segmentRuleCountsSql';
import { segmentSizesSql } from '../sql/segmentSizesSql';
import { applySegmentMap } from './rules/applySegmentMap';
import { builtInColumns } from './rules/builtInColumns';
import type { AnalysisEngine } from './types';

/** One segment's size and revenue. */
export interface SegmentRow { segment: string; customers: number; customer_share: number; revenue: number; revenue_share: number }

/** A map's segments, every segment listed in map order (Others last, even when empty). */
export interface SegmentTable {
  map: SegmentMap;
  column: string;
  rows: SegmentRow[];
  /** Per rule in order: customers the rule matches, and those it gets (it is their first match). */
  rules: { matches: number; assigned: number }[];
  /** Customers no rule matches (in `otherwise`, or with no segment when the map has none). */
  unmatched: number;
}

/** The RFM segment view's data: the three maps' sizes and the quantile cut points behind the scores. */
export interface SegmentsData {
  tables: SegmentTable[];
  cuts: { r: number[]; f: number[]; m: number[] };
}

/** The segment maps the views show, in order: A (10 segments), B (RF map), C (8 classes). */
export const SEGMENT_MAPS: readonly SegmentMap[] = [rfm10Map, rf10Map, cn8Map];

/**
 * Segment sizes and per-rule counts of every map (default: A, B, C) and the RFM cut points, from
 * customer_rfm. `written` says which rules each `segment_<name>` column holds now (map JSON by
 * name; default: the built-in maps, as prepareOverview writes them); a map that differs (an
 * edit, the user's own map) is written into customer_rfm first, and `written` updated.
 */
export async function loadSegments(
  engine: AnalysisEngine,
  maps: readonly SegmentMap[] = SEGMENT_MAPS,
  written: Record<string, string> = builtInColumns(),
): Promise<SegmentsData> {
  const tables: SegmentTable[] = [];
  for (const map of maps) {
    const json = JSON.stringify(map);
    if (written[map.name] !== json) {
      await applySegmentMap(engine, map);
      written[map.name] = json;
    }
    const r = readColumns(await engine.query(segmentRuleCountsSql({ map })), ['rule', 'matches', 'assigned']);
    const s = readColumns(await engine.query(segmentSizesSql({ map })), ['segment', 'customers', 'customer_share', 'revenue', 'revenue_share']);
    tables.push({
      map,
      column: `segment_${map.name}`,
      rows: s.segment.map((segment, i) => ({
        segment: String(segment), customers: num(s.customers[i]), customer_share: num(s.customer_share[i]),
        revenue: num(s.revenue[i]), revenue_share: num(s.revenue_share[i]),
      })),
      // Row 0 of the counts is the unmatched customers; rules follow in order.
      rules: r.rule.slice(1).map((_, i) => ({ matches: num(r.matches[i + 1]), assigned: num(r.assigned[i + 1]) })),
      unmatched: num(r.assigned[0]),
    });
  }
  // The big-data build keeps its cut points; reading them saves holding every customer's values.
  const saved = num(readColumns(await engine.query(savedRfmCutsSql.existsSql), ['n']).n[0]) === 1;
  const c = readColumns(await engine.query(saved ? savedRfmCutsSql() : rfmCutsSql()), ['measure', 'cut']);
  const cuts: SegmentsData['cuts'] = { r: [], f: [], m: [] };
  // SAFETY: rfmCutsSql (and so the saved table) labels its rows 'r', 'f' or 'm'.
  c.measure.forEach((m, i) => cuts[m as 'r' | 'f' | 'm'].push(num(c.cut[i])));
  return { tables, cuts };
}
