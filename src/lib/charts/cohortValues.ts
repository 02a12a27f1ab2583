import { context, type Context } from './frame';
import { heat, inkOnHeat } from './palette';
import { cohortSeries, meanRate, type CohortSeries, type RetentionRow } from './retention';
import { wrap } from './text';
import type { CohortOptions } from './renderCohortHeatmap';

/** A cohort heatmap's texts and colours for one data set, and the layout they fit in. */
export interface CohortValues {
  ctx: Context;
  series: CohortSeries[];
  /** Cohort names as shown (month names). */
  names: string[];
  unit: string;
  title: string;
  reading: string;
  /** The reading as createFrame wraps it. */
  readingLines: string[];
  /** The highest rate after period 0: the top of the colour scale. */
  rest: number;
  /**
   * What fixes the geometry: the cohorts, their periods and the reading's line count. Two data
   * sets with the same layout, drawn with the same options, differ only in the texts and
   * colours below (updateCohortHeatmap relies on it).
   */
  layout: string;
  cellFill(r: RetentionRow): string;
  cellInk(r: RetentionRow): string;
  cellText(r: RetentionRow): string;
  cellTitle(r: RetentionRow, row: number): string;
  labelName(s: CohortSeries): string;
  labelTitle(s: CohortSeries, row: number): string;
  sizeText(s: CohortSeries): string;
  legendHigh: string;
}

/**
 * Everything of a cohort heatmap that depends on the values rather than the layout, computed
 * once: renderCohortHeatmap draws with it and updateCohortHeatmap repaints with it, so an
 * update shows exactly what a fresh render would.
 */
export function cohortValues(retention: readonly RetentionRow[], options: CohortOptions): CohortValues {
  const ctx = context(options);
  const { t, f } = ctx;
  const unit = t(`unit.${options.period ?? 'month'}`);
  const title = options.title ?? t('cohort.title', { unit });
  const series = cohortSeries(retention);
  const p1 = meanRate(series, 1);
  const reading = series.length === 0 ? '' : p1 === null ? t('cohort.none') : t('cohort.reading', { r: f.pct(p1) });
  const names = series.map((s) => f.month(s.cohort));
  let rest = 0;
  for (const s of series) for (const r of s.rows) if (r.period > 0 && r.rate > rest) rest = r.rate;
  const level = (r: RetentionRow) => (r.period === 0 || rest === 0 ? 1 : Math.min(1, r.rate / rest));
  // createFrame's wrap: the line count moves the plot, so it is part of the layout.
  const readingLines = reading ? wrap(reading, ctx.width - 16, 12, 2) : [];
  const layout = `${readingLines.length}|${series.map((s) => `${s.cohort}\u0000${s.rows.map((r) => r.period).join(',')}`).join('\u0001')}`;
  return {
    ctx, series, names, unit, title, reading, readingLines, rest, layout,
    cellFill: (r) => heat(level(r)),
    cellInk: (r) => inkOnHeat(level(r)),
    cellText: (r) => f.pct(r.rate),
    cellTitle: (r, row) => [
      `${names[row]} · ${t('cohort.x', { unit })}: ${r.period}`,
      `${t('cohort.rate')}: ${f.pct(r.rate)}`,
      `${t('customers')}: ${f.int(r.customers)}`,
      `${t('revenue')}: ${f.money(r.revenue)}`,
    ].join('\n'),
    labelName: (s) => `${f.month(s.cohort)}: ${f.int(s.size)} ${t('customers')}`,
    labelTitle: (s, row) => `${names[row]} · ${t('customers')}: ${f.int(s.size)}`,
    sizeText: (s) => f.compact(s.size),
    legendHigh: `≥ ${f.pct(rest)}`,
  };
}
