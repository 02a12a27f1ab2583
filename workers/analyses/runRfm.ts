import type { CustomerRfmOptions } from '../../src/lib/sql/CustomerRfmOptions';
import { checkRfmOptions } from '../../src/lib/sql/checkRfmOptions';
import { cn8Map } from '../../src/lib/sql/cn8Map';
import { customerRfmSql } from '../../src/lib/sql/customerRfmSql';
import { refDateSql } from '../../src/lib/sql/refDateSql';
import { rf10Map } from '../../src/lib/sql/rf10Map';
import { rfGridSql } from '../../src/lib/sql/rfGridSql';
import { rfm10Map } from '../../src/lib/sql/rfm10Map';
import { rfmCutsSql } from '../../src/lib/sql/rfmCutsSql';
import { segmentSizesSql } from '../../src/lib/sql/segmentSizesSql';
import type { Queryable } from './Queryable';
import { num } from './num';
import { readColumns } from './readColumns';
import { withTempTable } from './withTempTable';

/** The `rfm` object of CONTRACT.md. */
export interface RfmResult {
  /** NULL only when the table has no dated order at all. */
  ref_date: string | null;
  cuts: { r: number[]; f: number[]; m: number[] };
  grid: { r: number; f: number; customers: number; revenue: number }[];
  /** Per map name (rfm10, rf10, cn8 by default): segment -> customers, every segment listed. */
  segments: Record<string, Record<string, number>>;
}

/**
 * RFM for the contract (ANALYSES.md section 1). `customers` names a table already built by
 * customerRfmSql with the same options (the notebook's customer_rfm); without it the
 * per-customer rows are built once into a temporary table.
 */
export function runRfm(q: Queryable, opts: CustomerRfmOptions & { customers?: string } = {}): RfmResult {
  const { bins } = checkRfmOptions(opts);
  const maps = opts.maps ?? [rfm10Map, rf10Map, cn8Map];
  const ref = readColumns(q.query(`SELECT (${refDateSql(opts)})::VARCHAR AS ref_date`), ['ref_date']).ref_date[0];
  const run = (src: string): RfmResult => {
    const cut = readColumns(q.query(rfmCutsSql({ source: src, bins })), ['measure', 'cut']);
    const cuts: RfmResult['cuts'] = { r: [], f: [], m: [] };
    cut.measure.forEach((m, i) => cuts[m as 'r' | 'f' | 'm'].push(num(cut.cut[i])));
    const g = readColumns(q.query(rfGridSql({ source: src })), ['r', 'f', 'customers', 'revenue']);
    const grid = g.r.map((r, i) => ({ r: num(r), f: num(g.f[i]), customers: num(g.customers[i]), revenue: num(g.revenue[i]) }));
    const segments: RfmResult['segments'] = {};
    for (const map of maps) {
      const s = readColumns(q.query(segmentSizesSql({ map, source: src })), ['segment', 'customers']);
      segments[map.name] = Object.fromEntries(s.segment.map((name, i) => [String(name), num(s.customers[i])]));
    }
    return { ref_date: ref === null ? null : String(ref), cuts, grid, segments };
  };
  return opts.customers !== undefined ? run(opts.customers) : withTempTable(q, customerRfmSql(opts), run);
}
