import { bin, quantileSorted, scaleLinear, select } from 'd3';
import { axisBottom, axisLeft, axisTitle, haloText } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { bindMarks, markState, selectedStroke } from './marks';
import { heat, INK } from './palette';
import type { ChartOptions } from './types';

/** Options of {@link renderClvDistribution}. */
export interface ClvOptions extends ChartOptions {
  /** Approximate number of bars (default 30). */
  bins?: number;
  /** Quantile above which values are counted in the last bar (default 0.99; 1 = no clipping). */
  clip?: number;
}

/**
 * Histogram of predicted CLV per customer, with the median and the mean marked; the long tail
 * above the 99th percentile is counted in the last bar (the tooltip says how many).
 * Marks: one `<g data-key="x0..x1">` per bar (bounds as plain numbers, upper bound excluded).
 */
export function renderClvDistribution(values: readonly number[], options: ClvOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const title = options.title ?? t('clv.title');
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return emptyChart(ctx, 'clv', title);

  const total = sorted.reduce((s, v) => s + v, 0);
  const median = quantileSorted(sorted, 0.5) ?? 0;
  const mean = total / sorted.length;
  const topN = Math.ceil(sorted.length / 10);
  const topSum = sorted.slice(sorted.length - topN).reduce((s, v) => s + v, 0);
  const reading = t('clv.reading', { median: f.moneyShort(median), share: f.pct(total > 0 ? topSum / total : 0) });

  const lo = sorted[0];
  const cap = quantileSorted(sorted, Math.min(1, options.clip ?? 0.99)) ?? lo;
  const hi = cap > lo ? cap : lo + 1;
  const x = scaleLinear().domain([lo, hi]).nice(options.bins ?? 30);
  const [d0, d1] = x.domain();
  const clipped = sorted.filter((v) => v > d1).length;
  const bins = bin().domain([d0, d1]).thresholds(x.ticks(options.bins ?? 30))(sorted.map((v) => Math.min(v, d1)));
  const fr = createFrame(ctx, 'clv', title, reading, { top: 8, right: 16, bottom: 44, left: 56 });
  const { plot, w, h } = fr;
  x.range([0, w]);
  const y = scaleLinear().domain([0, Math.max(1, ...bins.map((b) => b.length))]).nice().range([h, 0]);
  axisLeft(plot, y, 0, { format: (v) => (Number.isInteger(v) ? f.compact(v) : ''), grid: w });
  axisBottom(plot, x, h, { format: (v) => f.moneyShort(v), ticks: Math.max(2, Math.floor(w / 80)) });
  axisTitle(plot, t('clv.x', { cur: ctx.currency }), w / 2, h + 34, w);
  axisTitle(plot, t('clv.y'), -44, h / 2, h, true);

  const state = markState(options);
  const key = (b: (typeof bins)[number]) => `${b.x0 ?? d0}..${b.x1 ?? d1}`;
  const groups = plot.selectAll<SVGGElement, (typeof bins)[number]>('g.sb-bin').data(bins).join('g').attr('class', 'sb-bin');
  bindMarks(groups, key, (b) => `${f.moneyShort(b.x0 ?? d0)} – ${f.moneyShort(b.x1 ?? d1)}: ${f.int(b.length)} ${t('customers')}`, options);
  groups.each(function (b, i) {
    const g = select(this);
    const x0 = x(b.x0 ?? d0);
    const bw = Math.max(0.5, x(b.x1 ?? d1) - x0 - 1);
    const stroke = selectedStroke(state(key(b)));
    const last = i === bins.length - 1 && clipped > 0;
    g.append('title').text([
      `${f.money(b.x0 ?? d0)} – ${f.money(b.x1 ?? d1)}`,
      `${t('customers')}: ${f.int(b.length)} (${f.pct(b.length / sorted.length)})`,
      ...(last ? [t('clv.clipped', { n: f.int(clipped), v: f.money(d1) })] : []),
    ].join('\n'));
    g.append('rect').attr('x', x0 + 0.5).attr('y', y(b.length)).attr('width', bw).attr('height', h - y(b.length))
      .attr('fill', last ? heat(0.85) : heat(0.6)).attr('stroke', stroke.stroke).attr('stroke-width', stroke.width);
  });
  const marker = (v: number, text: string, dash: string, row: number) => {
    const px = x(Math.min(Math.max(v, d0), d1));
    plot.append('line').attr('class', 'sb-marker').attr('x1', px).attr('x2', px).attr('y1', 0).attr('y2', h)
      .attr('stroke', INK).attr('stroke-width', 1.5).attr('stroke-dasharray', dash);
    const right = px < w * 0.7;
    haloText(plot, `${text} ${f.moneyShort(v)}`, px + (right ? 5 : -5), 8 + row * 15, w / 2, 11, right ? 'start' : 'end');
  };
  marker(median, t('median'), '', 0);
  marker(mean, t('mean'), '5 3', 1);
  return finish(fr);
}
