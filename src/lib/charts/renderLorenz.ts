import { area, line, scaleLinear } from 'd3';
import { addBrush } from './brush';
import { bandKeys } from './bandKeys';
import { rankBandKey } from './rankBandKey';
import { axisBottom, axisLeft, axisTitle, haloText } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { heat, INK, MUTED, RULE } from './palette';
import { truncate } from './text';
import type { ChartOptions } from './types';

/** One point of a Lorenz curve: cumulative shares 0..1. */
export interface LorenzPoint { customer_share: number; revenue_share: number }

/** Options of {@link renderLorenz}. */
export interface LorenzOptions extends ChartOptions {
  /** Gini coefficient to print (e.g. CONTRACT.md `pyramid.gini`); computed from the points when absent. */
  gini?: number;
  /** Share of customers whose revenue share is marked and read out (default 0.2). */
  at?: number;
}

type Pt = { x: number; y: number };

/** Area under a polyline from (0,0) to (1,1) by trapezoids. */
function areaUnder(pts: readonly Pt[]): number {
  let a = 0;
  for (let i = 1; i < pts.length; i++) a += ((pts[i].x - pts[i - 1].x) * (pts[i].y + pts[i - 1].y)) / 2;
  return a;
}

/** The curve best customers first: points given worst first (the classic Lorenz curve) are turned round. */
export function bestFirst(points: readonly LorenzPoint[]): Pt[] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const raw = points.filter((p) => Number.isFinite(p.customer_share) && Number.isFinite(p.revenue_share))
    .map((p) => ({ x: clamp(p.customer_share), y: p.revenue_share }));
  const withEnds = (pts: Pt[]) => [{ x: 0, y: 0 }, ...pts.sort((a, b) => a.x - b.x || a.y - b.y), { x: 1, y: 1 }];
  const pts = withEnds(raw);
  return areaUnder(pts) >= 0.5 ? pts : withEnds(raw.map((p) => ({ x: 1 - p.x, y: 1 - p.y })));
}

/** Revenue share of the best `x` share of customers, by linear interpolation. */
export function shareAt(pts: readonly Pt[], x: number): number {
  for (let i = 1; i < pts.length; i++) {
    if (pts[i].x >= x) {
      const a = pts[i - 1];
      const b = pts[i];
      return b.x === a.x ? b.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
    }
  }
  return 1;
}

/**
 * The Lorenz (concentration) curve, best customers first: cumulative share of revenue against
 * cumulative share of customers, the diagonal of equal shares, and the 80/20 point marked.
 * The reading gives the top-20% share and the Gini coefficient. No selectable marks; with
 * `onBrush`, a drag across the x axis selects that band of customers ("from..to" shares, best
 * first), and `selected` bands are shaded; the plot is then focusable and arrow keys, Shift and
 * Enter do the same (bandKeys).
 */
export function renderLorenz(points: readonly LorenzPoint[], options: LorenzOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const title = options.title ?? t('lorenz.title');
  const pts = bestFirst(points);
  if (pts.length <= 2) return emptyChart(ctx, 'lorenz', title);

  const at = options.at ?? 0.2;
  const top = shareAt(pts, at);
  const gini = options.gini ?? Math.max(0, 2 * areaUnder(pts) - 1);
  const reading = t('lorenz.reading', { x: f.pct(at), y: f.pct(top), g: f.num(gini, 2) });
  const fr = createFrame(ctx, 'lorenz', title, reading, { top: 8, right: 16, bottom: 44, left: 56 });
  const { plot, w, h } = fr;
  const side = Math.min(w, h);
  const ox = (w - side) / 2;
  const g = plot.append('g').attr('transform', `translate(${ox},0)`);
  const x = scaleLinear().domain([0, 1]).range([0, side]);
  const yMax = Math.max(1, ...pts.map((p) => p.y));
  const y = scaleLinear().domain([Math.min(0, ...pts.map((p) => p.y)), yMax]).range([side, 0]);
  axisLeft(g, y, 0, { format: (v) => f.pct(v), grid: side });
  axisBottom(g, x, side, { format: (v) => f.pct(v), grid: side });
  axisTitle(plot, t('lorenz.x'), w / 2, side + 34, w);
  axisTitle(g, t('lorenz.y'), -44, side / 2, side, true);

  // The selected rank bands ("from..to" shares, best first), shaded under everything else.
  for (const key of options.selected ?? []) {
    const m = /^([\d.]+)\.\.([\d.]+)$/.exec(key);
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])].map((v) => Math.min(1, Math.max(0, v)));
    g.append('rect').attr('class', 'sb-band').attr('data-key', key).attr('x', x(a)).attr('y', 0)
      .attr('width', Math.max(0, x(b) - x(a))).attr('height', side).attr('fill', INK).attr('opacity', 0.1);
  }
  g.append('line').attr('x1', x(0)).attr('y1', y(0)).attr('x2', x(1)).attr('y2', y(1))
    .attr('stroke', RULE).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 4');
  g.append('text').attr('transform', `translate(${x(0.8)},${y(0.8)}) rotate(${(Math.atan2(y(1) - y(0), x(1)) * 180) / Math.PI})`)
    .attr('dy', '1.1em').attr('text-anchor', 'middle').attr('font-size', 10.5).attr('fill', MUTED)
    .text(truncate(t('lorenz.equal'), side / 3, 10.5));
  g.append('path').attr('d', area<Pt>().x((p) => x(p.x)).y0((p) => y(p.x)).y1((p) => y(p.y))(pts))
    .attr('fill', heat(0.25)).attr('opacity', 0.8);
  g.append('path').attr('class', 'sb-curve').attr('d', line<Pt>().x((p) => x(p.x)).y((p) => y(p.y))(pts))
    .attr('fill', 'none').attr('stroke', heat(0.9)).attr('stroke-width', 2.5).attr('stroke-linejoin', 'round')
    .append('title').text(reading);

  const mark = g.append('g').attr('class', 'sb-marker');
  mark.append('path').attr('d', `M${x(at)},${y(0)}V${y(top)}H${x(0)}`).attr('fill', 'none')
    .attr('stroke', INK).attr('stroke-dasharray', '3 3');
  mark.append('circle').attr('cx', x(at)).attr('cy', y(top)).attr('r', 5).attr('fill', INK).attr('stroke', '#ffffff')
    .attr('stroke-width', 1.5).append('title').text(reading);
  haloText(mark, `${f.pct(at)} → ${f.pct(top)}`, x(at) + 8, y(top) + 12, side / 2, 12, 'start');
  mark.append('text').attr('x', x(1) - 4).attr('y', y(0) - 8).attr('text-anchor', 'end').attr('font-size', 11)
    .attr('fill', MUTED).text(`Gini ${f.num(gini, 2)}`);
  const onBrush = options.onBrush;
  if (onBrush) {
    // On top: the curve has no marks to click, and a drag may start on it.
    addBrush(g, null, 'x', [[0, 0], [side, side]], ([[x0], [x1]], additive) => {
      const key = rankBandKey(x.invert(x0), x.invert(x1));
      if (key !== null) onBrush([key], additive);
    });
    g.select('.sb-brush').raise();
    // The same bands by keyboard: the plot takes focus, arrows move a band, Enter selects it.
    bandKeys(g, x, side, (a, b) => t('lorenz.keys', { from: f.pct(a), to: f.pct(b) }), (key, additive) => onBrush([key], additive));
  }
  return finish(fr);
}
