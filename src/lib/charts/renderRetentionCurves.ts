import { line, scaleLinear, select } from 'd3';
import { axisBottom, axisLeft, axisTitle } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { stepLegend } from './legend';
import { bindMarks, markState } from './marks';
import { INK, seriesColor } from './palette';
import { cohortSeries, meanRate, type RetentionRow } from './retention';
import type { CohortOptions } from './renderCohortHeatmap';

/**
 * Retention curves: one line per cohort (colour from oldest to newest), x = periods since the
 * first order from period 1 (period 0 is always 100%), y = share of the cohort buying; a dashed
 * line for the size-weighted average. Marks: one `<path data-key="<cohort>">` per cohort.
 */
export function renderRetentionCurves(retention: readonly RetentionRow[], options: CohortOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const unit = t(`unit.${options.period ?? 'month'}`);
  const title = options.title ?? t('curves.title', { unit });
  const series = cohortSeries(retention).map((s) => ({ ...s, rows: s.rows.filter((r) => r.period >= 1) }));
  const drawn = series.filter((s) => s.rows.length > 0);
  if (drawn.length === 0) return emptyChart(ctx, 'retention-curves', title, series.length > 0 ? t('cohort.none') : undefined);

  const maxP = Math.max(...drawn.flatMap((s) => s.rows.map((r) => r.period)));
  const n = Math.min(maxP, 12);
  const average = Array.from({ length: maxP }, (_, i) => ({ period: i + 1, rate: meanRate(drawn, i + 1) }))
    .filter((d): d is { period: number; rate: number } => d.rate !== null);
  const reading = t('curves.reading', {
    r1: f.pct(meanRate(drawn, 1) ?? 0), rn: f.pct(meanRate(drawn, n) ?? 0), n: `${n} ${unit}`,
  });
  const fr = createFrame(ctx, 'retention-curves', title, reading, { top: 8, right: 70, bottom: 44, left: 56 });
  const { plot, w, h } = fr;
  const maxRate = Math.max(0.01, ...drawn.flatMap((s) => s.rows.map((r) => r.rate)));
  const x = scaleLinear().domain([1, Math.max(2, maxP)]).range([0, w]);
  const y = scaleLinear().domain([0, maxRate]).nice().range([h, 0]);
  axisLeft(plot, y, 0, { format: (v) => f.pct(v), grid: w });
  axisBottom(plot, x, h, { format: (v) => (Number.isInteger(v) ? String(v) : ''), ticks: Math.min(maxP, 12) });
  axisTitle(plot, t('cohort.x', { unit }), w / 2, h + 34, w);
  axisTitle(plot, t('curves.y'), -44, h / 2, h, true);

  const path = line<{ period: number; rate: number }>().x((d) => x(d.period)).y((d) => y(d.rate));
  const state = markState(options);
  const lines = plot.append('g').attr('fill', 'none').selectAll<SVGPathElement, (typeof drawn)[number]>('path').data(drawn).join('path');
  bindMarks(lines, (s) => s.cohort, (s) => `${f.month(s.cohort)}: ${f.int(s.size)} ${t('customers')}`, options);
  lines.each(function (s, i) {
    const st = state(s.cohort);
    const p = select(this)
      .attr('d', s.rows.length > 1 ? path(s.rows) : `M${x(s.rows[0].period)},${y(s.rows[0].rate)}h0.01`)
      .attr('stroke', seriesColor(i, drawn.length)).attr('stroke-width', st === 'selected' ? 3.5 : 1.5)
      .attr('stroke-linecap', 'round').attr('stroke-linejoin', 'round');
    p.append('title').text([
      `${f.month(s.cohort)} · ${t('customers')}: ${f.int(s.size)}`,
      ...s.rows.slice(0, 12).map((r) => `${r.period}: ${f.pct(r.rate)}`),
    ].join('\n'));
  });
  if (average.length > 0) {
    const last = average[average.length - 1];
    plot.append('path').attr('class', 'sb-average').attr('fill', 'none').attr('stroke', INK).attr('stroke-width', 2.5)
      .attr('stroke-dasharray', '6 3')
      .attr('d', average.length > 1 ? path(average) : `M${x(last.period)},${y(last.rate)}h0.01`);
    plot.append('text').attr('x', x(last.period) + 6).attr('y', y(last.rate)).attr('dy', '0.32em')
      .attr('font-size', 10.5).attr('font-weight', 600).text(t('average'));
  }
  const lo = f.month(drawn[0].cohort);
  const hi = f.month(drawn[drawn.length - 1].cohort);
  const ramp = drawn.length > 1 ? [0, 0.25, 0.5, 0.75, 1].map((v) => seriesColor(v * (drawn.length - 1), drawn.length)) : [seriesColor(0, 1)];
  stepLegend(plot, w - Math.min(170, w), -4, t('curves.legend'), ramp, lo, hi, Math.min(170, w));
  return finish(fr);
}
