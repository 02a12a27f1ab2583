import { area, scaleLinear, select } from 'd3';
import { axisLeft, axisTitle } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { bindMarks, markState } from './marks';
import { MUTED, RULE, seriesColor } from './palette';
import { textWidth, truncate } from './text';
import type { ChartOptions } from './types';

/** Revenue of one cohort in one calendar month ('YYYY-MM' both). */
export interface LayerCakeRow { cohort: string; month: string; revenue: number }

/**
 * The revenue "layer cake": revenue per calendar month stacked by acquisition cohort, oldest
 * cohort at the bottom, each month a flat step (the data are monthly totals). Negative net
 * revenue is drawn as 0 (the tooltip keeps the exact value). Marks: one
 * `<path data-key="<cohort>">` per cohort.
 */
export function renderLayerCake(rows: readonly LayerCakeRow[], options: ChartOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const title = options.title ?? t('cake.title');
  const clean = rows.filter((r) => Number.isFinite(r.revenue));
  if (clean.length === 0) return emptyChart(ctx, 'layer-cake', title);

  const months = [...new Set(clean.map((r) => r.month))].sort();
  const cohorts = [...new Set(clean.map((r) => r.cohort))].sort();
  const value = new Map<string, number>();
  for (const r of clean) value.set(`${r.cohort}\n${r.month}`, (value.get(`${r.cohort}\n${r.month}`) ?? 0) + r.revenue);
  const get = (c: string, m: string) => value.get(`${c}\n${m}`) ?? 0;
  // stack by hand: cumulative from the oldest cohort up
  const layers = cohorts.map((cohort) => ({ cohort, lo: [] as number[], hi: [] as number[], total: 0 }));
  months.forEach((m, j) => {
    let base = 0;
    for (const layer of layers) {
      const v = Math.max(0, get(layer.cohort, m));
      layer.lo[j] = base;
      base += v;
      layer.hi[j] = base;
      layer.total += get(layer.cohort, m);
    }
  });
  const lastMonth = months[months.length - 1];
  const lastTotal = cohorts.reduce((s, c) => s + get(c, lastMonth), 0);
  const earlier = cohorts.filter((c) => c < lastMonth).reduce((s, c) => s + get(c, lastMonth), 0);
  const reading = t('cake.reading', { month: f.month(lastMonth), share: f.pct(lastTotal > 0 ? earlier / lastTotal : 0) });

  const fr = createFrame(ctx, 'layer-cake', title, reading, { top: 8, right: 76, bottom: 44, left: 64 });
  const { plot, w, h } = fr;
  const top = Math.max(1, ...layers.flatMap((l) => l.hi));
  const x = scaleLinear().domain([0, months.length]).range([0, w]);
  const y = scaleLinear().domain([0, top]).nice().range([h, 0]);
  axisLeft(plot, y, 0, { format: (v) => f.moneyShort(v), grid: w });
  axisTitle(plot, t('cake.y', { cur: ctx.currency }), -52, h / 2, h, true);
  axisTitle(plot, t('cake.x'), w / 2, h + 34, w);
  const labels = months.map((m) => f.month(m));
  const step = w / months.length;
  const every = Math.max(1, Math.ceil((Math.max(...labels.map((l) => textWidth(l, 10.5))) + 8) / step));
  const ticks = plot.append('g').attr('class', 'sb-axis sb-axis-x').attr('font-size', 10.5).attr('fill', MUTED);
  ticks.append('line').attr('x1', 0).attr('x2', w).attr('y1', h).attr('y2', h).attr('stroke', RULE);
  months.forEach((_, j) => {
    if (j % every !== 0) return;
    ticks.append('text').attr('x', x(j + 0.5)).attr('y', h + 16).attr('text-anchor', 'middle').text(labels[j]);
  });

  type Pt = { x: number; lo: number; hi: number };
  const shape = area<Pt>().x((d) => x(d.x)).y0((d) => y(d.lo)).y1((d) => y(d.hi));
  const state = markState(options);
  const paths = plot.append('g').selectAll<SVGPathElement, (typeof layers)[number]>('path').data(layers).join('path');
  bindMarks(paths, (l) => l.cohort, (l) => `${f.month(l.cohort)}: ${f.money(l.total)}`, options);
  paths.each(function (l, i) {
    const pts = months.flatMap((_, j) => [{ x: j, lo: l.lo[j], hi: l.hi[j] }, { x: j + 1, lo: l.lo[j], hi: l.hi[j] }]);
    const p = select(this).attr('d', shape(pts))
      .attr('fill', seriesColor(i, layers.length)).attr('stroke', state(l.cohort) === 'selected' ? '#000000' : '#ffffff')
      .attr('stroke-width', state(l.cohort) === 'selected' ? 2 : 0.5);
    p.append('title').text([
      `${f.month(l.cohort)} · ${t('revenue')}: ${f.money(l.total)}`,
      ...months.slice(-6).map((m) => `${f.month(m)}: ${f.money(get(l.cohort, m))}`),
    ].join('\n'));
  });
  const end = months.length - 1;
  for (const l of layers) {
    const thick = y(l.lo[end]) - y(l.hi[end]);
    if (thick < 11) continue;
    plot.append('text').attr('x', w + 4).attr('y', (y(l.lo[end]) + y(l.hi[end])) / 2).attr('dy', '0.32em')
      .attr('font-size', 10).attr('fill', MUTED).text(truncate(f.month(l.cohort), 72, 10));
  }
  return finish(fr);
}
