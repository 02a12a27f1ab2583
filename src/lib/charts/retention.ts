/** One row of CONTRACT.md `cohorts.retention`. */
export interface RetentionRow { cohort: string; period: number; customers: number; rate: number; revenue: number }

/** One cohort with its rows by period. */
export interface CohortSeries {
  cohort: string;
  /** Customers in period 0 (the cohort's size). */
  size: number;
  rows: RetentionRow[];
}

const fin = (v: number) => (Number.isFinite(v) ? v : 0);

/** Groups retention rows by cohort (sorted ascending), each with its periods ascending. */
export function cohortSeries(rows: readonly RetentionRow[]): CohortSeries[] {
  const map = new Map<string, RetentionRow[]>();
  for (const r of rows) {
    if (!Number.isFinite(r.period) || r.period < 0) continue;
    const row = { ...r, customers: fin(r.customers), rate: fin(r.rate), revenue: fin(r.revenue) };
    map.set(r.cohort, [...(map.get(r.cohort) ?? []), row]);
  }
  return [...map.keys()].sort().map((cohort) => {
    const list = (map.get(cohort) ?? []).sort((a, b) => a.period - b.period);
    const zero = list.find((r) => r.period === 0);
    const first = list[0];
    const size = zero ? zero.customers : first.rate > 0 ? first.customers / first.rate : first.customers;
    return { cohort, size, rows: list };
  });
}

/** Retention at `period` over all cohorts that reached it, weighted by cohort size; null if none. */
export function meanRate(series: readonly CohortSeries[], period: number): number | null {
  let kept = 0;
  let total = 0;
  for (const s of series) {
    const row = s.rows.find((r) => r.period === period);
    if (!row) continue;
    kept += row.rate * s.size;
    total += s.size;
  }
  return total > 0 ? kept / total : null;
}
