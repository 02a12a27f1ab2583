import { line, scaleLinear } from 'd3';
import { axisBottom, axisLeft, axisTitle } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { swatchLegend } from './legend';
import { FLOW_COLORS, INK } from './palette';
import type { ChartOptions } from './types';

/** One group of the calibration / holdout check (CONTRACT.md `clv.holdout`). */
export interface HoldoutRow { calibration_purchases: number; predicted: number; actual: number; customers?: number }

type Pt = { x: number; y: number };

/**
 * The model check of Fader, Hardie & Lee: mean purchases per customer in the holdout period,
 * predicted (dashed, squares) and actual (solid, circles), by purchases in the calibration
 * period. The reading compares the totals, weighted by customers when given. No selectable marks.
 */
export function renderHoldout(rows: readonly HoldoutRow[], options: ChartOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const title = options.title ?? t('holdout.title');
  const clean = rows.filter((r) => [r.calibration_purchases, r.predicted, r.actual].every(Number.isFinite))
    .sort((a, b) => a.calibration_purchases - b.calibration_purchases);
  if (clean.length === 0) return emptyChart(ctx, 'holdout', title);

  const weight = (r: HoldoutRow) => (r.customers !== undefined && Number.isFinite(r.customers) ? r.customers : 1);
  const n = clean.reduce((s, r) => s + weight(r), 0) || 1;
  const p = clean.reduce((s, r) => s + r.predicted * weight(r), 0) / n;
  const a = clean.reduce((s, r) => s + r.actual * weight(r), 0) / n;
  const diff = a !== 0 ? p / a - 1 : 0;
  const reading = t('holdout.reading', { p: f.num(p, 2), a: f.num(a, 2), d: `${diff > 0 ? '+' : ''}${f.pct(diff)}` });

  const fr = createFrame(ctx, 'holdout', title, reading, { top: 24, right: 16, bottom: 44, left: 56 });
  const { plot, w, h } = fr;
  const xs = clean.map((r) => r.calibration_purchases);
  const x = scaleLinear().domain([Math.min(...xs), Math.max(Math.min(...xs) + 1, ...xs)]).range([0, w]);
  const y = scaleLinear().domain([0, Math.max(0.1, ...clean.flatMap((r) => [r.predicted, r.actual]))]).nice().range([h, 0]);
  axisLeft(plot, y, 0, { format: (v) => f.num(v, 1), grid: w });
  axisBottom(plot, x, h, { format: (v) => (Number.isInteger(v) ? f.int(v) : ''), ticks: Math.min(12, clean.length) });
  axisTitle(plot, t('holdout.x'), w / 2, h + 34, w);
  axisTitle(plot, t('holdout.y'), -44, h / 2, h, true);

  const series = [
    { name: t('holdout.actual'), color: INK, dash: null, square: false,
      pts: clean.map((r) => ({ x: r.calibration_purchases, y: r.actual })) },
    { name: t('holdout.predicted'), color: FLOW_COLORS.down, dash: '6 4', square: true,
      pts: clean.map((r) => ({ x: r.calibration_purchases, y: r.predicted })) },
  ];
  const path = line<Pt>().x((d) => x(d.x)).y((d) => y(d.y));
  for (const s of series) {
    const g = plot.append('g').attr('class', 'sb-series');
    g.append('path').attr('d', s.pts.length > 1 ? path(s.pts) : null).attr('fill', 'none').attr('stroke', s.color)
      .attr('stroke-width', 2).attr('stroke-dasharray', s.dash);
    s.pts.forEach((d, i) => {
      const m = g.append<SVGElement>(s.square ? 'rect' : 'circle').attr('fill', s.color);
      if (s.square) m.attr('x', x(d.x) - 3.5).attr('y', y(d.y) - 3.5).attr('width', 7).attr('height', 7);
      else m.attr('cx', x(d.x)).attr('cy', y(d.y)).attr('r', 3.5);
      const r = clean[i];
      m.append('title').text([
        `${t('holdout.x')}: ${f.int(r.calibration_purchases)}`,
        `${t('holdout.actual')}: ${f.num(r.actual, 2)}`,
        `${t('holdout.predicted')}: ${f.num(r.predicted, 2)}`,
        ...(r.customers !== undefined ? [`${t('customers')}: ${f.int(r.customers)}`] : []),
      ].join('\n'));
    });
  }
  swatchLegend(plot, 0, -14, series.map((s) => ({ label: s.name, color: s.color, dash: s.dash ?? undefined, line: true })), Math.min(w, 260));
  return finish(fr);
}
