import { scaleLinear } from 'd3';
import { axisBottom, axisTitle } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { stepLegend } from './legend';
import { heat, inkOnHeat, MUTED } from './palette';
import type { ChartOptions } from './types';

/** P(alive) of one customer (or one grid point) at its recency and frequency. */
export interface PAlivePoint { recency: number; frequency: number; p_alive: number }

/** Options of {@link renderPAlive}. */
export interface PAliveOptions extends ChartOptions {
  /** Time unit of recency (default week, as CONTRACT.md `clv.unit`). */
  unit?: 'day' | 'week' | 'month';
  /** Most cells per axis (default 20). */
  bins?: number;
}

/**
 * P(alive) heatmap: recency (time of the last purchase since the first) on x, repeat purchases
 * on y, colour = mean P(alive) of the customers in the cell. Integer frequencies get one row
 * each when they fit; otherwise both axes are binned. No selectable marks.
 */
export function renderPAlive(points: readonly PAlivePoint[], options: PAliveOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const title = options.title ?? t('palive.title');
  const pts = points.filter((p) => [p.recency, p.frequency, p.p_alive].every(Number.isFinite));
  if (pts.length === 0) return emptyChart(ctx, 'p-alive', title);

  const below = pts.filter((p) => p.p_alive < 0.5).length;
  const reading = t('palive.reading', { share: f.pct(below / pts.length) });
  const fr = createFrame(ctx, 'p-alive', title, reading, { top: 4, right: 120, bottom: 44, left: 56 });
  const { plot, w, h } = fr;
  const nb = Math.max(2, options.bins ?? 20);
  const maxR = Math.max(...pts.map((p) => p.recency));
  const maxF = Math.max(...pts.map((p) => p.frequency));
  const integerF = pts.every((p) => Number.isInteger(p.frequency)) && maxF < nb;
  const rows = integerF ? maxF + 1 : nb;
  const rStep = maxR > 0 ? maxR / nb : 1;
  const fStep = integerF ? 1 : maxF > 0 ? maxF / nb : 1;
  const cells = new Map<string, { i: number; j: number; sum: number; n: number }>();
  for (const p of pts) {
    const i = Math.min(nb - 1, Math.floor(p.recency / rStep));
    const j = Math.min(rows - 1, Math.floor(p.frequency / fStep));
    const c = cells.get(`${i},${j}`) ?? { i, j, sum: 0, n: 0 };
    c.sum += Math.min(1, Math.max(0, p.p_alive));
    c.n += 1;
    cells.set(`${i},${j}`, c);
  }
  const cw = w / nb;
  const ch = h / rows;
  const g = plot.append('g').attr('class', 'sb-cells');
  for (const c of [...cells.values()].sort((a, b) => b.j - a.j || a.i - b.i)) {
    const mean = c.sum / c.n;
    const cell = g.append('g').attr('transform', `translate(${c.i * cw},${h - (c.j + 1) * ch})`);
    cell.append('title').text([
      `${t('palive.x', { unit: t(`unit.${options.unit ?? 'week'}`) })}: ${f.num(c.i * rStep, 1)} – ${f.num((c.i + 1) * rStep, 1)}`,
      `${t('palive.y')}: ${integerF ? f.int(c.j) : `${f.num(c.j * fStep, 1)} – ${f.num((c.j + 1) * fStep, 1)}`}`,
      `${t('palive.legend')}: ${f.pct(mean)}`,
      `${t('customers')}: ${f.int(c.n)}`,
    ].join('\n'));
    cell.append('rect').attr('width', Math.max(0.5, cw - 1)).attr('height', Math.max(0.5, ch - 1)).attr('fill', heat(mean));
    if (cw >= 28 && ch >= 13) {
      cell.append('text').attr('x', cw / 2).attr('y', ch / 2).attr('dy', '0.32em').attr('text-anchor', 'middle')
        .attr('font-size', Math.min(10.5, ch * 0.7)).attr('fill', inkOnHeat(mean)).text(f.pct(mean));
    }
  }
  const axes = plot.append('g').attr('class', 'sb-axis').attr('font-size', 10.5).attr('fill', MUTED);
  const x = scaleLinear().domain([0, nb * rStep]).range([0, w]);
  axisBottom(plot, x, h, { format: (v) => f.compact(v), ticks: Math.max(2, Math.floor(w / 60)) });
  const everyY = Math.max(1, Math.ceil(14 / ch));
  for (let j = 0; j < rows; j += everyY) {
    const label = integerF ? f.int(j) : f.num(j * fStep, fStep < 1 ? 1 : 0);
    axes.append('text').attr('x', -6).attr('y', integerF ? h - (j + 0.5) * ch : h - j * ch).attr('dy', '0.32em')
      .attr('text-anchor', 'end').text(label);
  }
  axisTitle(plot, t('palive.x', { unit: t(`unit.${options.unit ?? 'week'}`) }), w / 2, h + 34, w);
  axisTitle(plot, t('palive.y'), -40, h / 2, h, true);
  stepLegend(plot, w + 14, 10, t('palive.legend'), [0.1, 0.3, 0.5, 0.7, 0.9].map(heat), '0%', '100%', 100);
  return finish(fr);
}
