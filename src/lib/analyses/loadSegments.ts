import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { cn8Map } from '../sql/cn8Map';
import { rf10Map } from '../sql/rf10Map';
import { rfm10Map } from '../sql/rfm10Map';
import { rfmCutsSql } from '../sql/rfmCutsSql';
import type { SegmentMap } from '../sql/SegmentMap';
import { segmentSizesSql } from '../sql/segmentSizesSql';
import type { AnalysisEngine } from './types';

/** One segment's size and revenue. */
export interface SegmentRow { segment: string; customers: number; customer_share: number; revenue: number; revenue_share: number }

/** A map's segments, every segment listed in map order (Others last, even when empty). */
export interface SegmentTable { map: SegmentMap; column: string; rows: SegmentRow[] }

/** The RFM segment view's data: the three maps' sizes and the quantile cut points behind the scores. */
export interface SegmentsData {
  tables: SegmentTable[];
  cuts: { r: number[]; f: number[]; m: number[] };
}

/** The segment maps the views show, in order: A (10 segments), B (RF map), C (8 classes). */
export const SEGMENT_MAPS: readonly SegmentMap[] = [rfm10Map, rf10Map, cn8Map];

/** Segment sizes of every map and the RFM cut points, from customer_rfm. */
export async function loadSegments(engine: AnalysisEngine): Promise<SegmentsData> {
  const tables: SegmentTable[] = [];
  for (const map of SEGMENT_MAPS) {
    const s = readColumns(await engine.query(segmentSizesSql({ map })), ['segment', 'customers', 'customer_share', 'revenue', 'revenue_share']);
    tables.push({
      map,
      column: `segment_${map.name}`,
      rows: s.segment.map((segment, i) => ({
        segment: String(segment), customers: num(s.customers[i]), customer_share: num(s.customer_share[i]),
        revenue: num(s.revenue[i]), revenue_share: num(s.revenue_share[i]),
      })),
    });
  }
  const c = readColumns(await engine.query(rfmCutsSql()), ['measure', 'cut']);
  const cuts: SegmentsData['cuts'] = { r: [], f: [], m: [] };
  // SAFETY: rfmCutsSql labels its rows 'r', 'f' or 'm'.
  c.measure.forEach((m, i) => cuts[m as 'r' | 'f' | 'm'].push(num(c.cut[i])));
  return { tables, cuts };
}
