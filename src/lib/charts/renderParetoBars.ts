import { line, scaleBand, scaleLinear, select } from 'd3';
import { axisLeft, axisTitle, bandAxisBottom } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { bindMarks, markState, selectedStroke } from './marks';
import { FLOW_COLORS, INK, MUTED } from './palette';
import { textWidth } from './text';
import type { ChartOptions } from './types';

/** Revenue and customers of one region / product / category / channel (CONTRACT.md `contribution`). */
export interface ParetoRow { key: string; revenue: number; customers: number }

/** Options of {@link renderParetoBars}. */
export interface ParetoOptions extends ChartOptions {
  /** What the keys are, for the title and reading (default a neutral "group"). */
  dimension?: 'region' | 'product' | 'category' | 'channel';
  /** Bars drawn; the rest are summed into one unselectable "Other" bar (default 20). */
  maxBars?: number;
}

const BAR = '#4e79a7';

/**
 * Pareto chart: revenue bars largest first, the cumulative share of revenue as a line on a
 * right-hand 0-100% axis, and the 80% line. Marks: one `<g data-key="<key>">` per bar.
 */
export function renderParetoBars(rows: readonly ParetoRow[], options: ParetoOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const dim = options.dimension ?? 'key';
  const title = options.title ?? t('pareto.title', { dim: t(`dim.${dim}`) });
  const clean = rows.filter((r) => Number.isFinite(r.revenue))
    .sort((a, b) => b.revenue - a.revenue || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (clean.length === 0) return emptyChart(ctx, 'pareto', title);

  const total = clean.reduce((s, r) => s + r.revenue, 0);
  let cum = 0;
  const all = clean.map((r) => {
    cum += r.revenue;
    return { ...r, share: total > 0 ? r.revenue / total : 0, cum: total > 0 ? cum / total : 0, other: false };
  });
  const k = all.findIndex((r) => r.cum >= 0.8 - 1e-9) + 1 || all.length;
  const reading = t('pareto.reading', { k, n: all.length, dims: t(`dims.${dim}`), top: all[0].key, s: f.pct(all[0].share) });
  const maxBars = Math.max(1, options.maxBars ?? 20);
  const bars = all.slice(0, maxBars);
  if (all.length > maxBars) {
    const rest = all.slice(maxBars);
    const revenue = rest.reduce((s, r) => s + r.revenue, 0);
    bars.push({ key: t('other', { n: rest.length }), revenue, customers: rest.reduce((s, r) => s + r.customers, 0),
      share: total > 0 ? revenue / total : 0, cum: 1, other: true });
  }
  const labelW = Math.min(110, Math.max(...bars.map((b) => textWidth(b.key, 10.5))));
  const rotate = labelW > (ctx.width - 130) / bars.length - 4;
  const fr = createFrame(ctx, 'pareto', title, reading, { top: 8, right: 60, bottom: rotate ? 44 + labelW * 0.6 : 48, left: 64 });
  const { plot, w, h } = fr;
  const x = scaleBand<string>().domain(bars.map((_, i) => String(i))).range([0, w]).paddingInner(0.2).paddingOuter(0.1);
  const y = scaleLinear().domain([Math.min(0, ...bars.map((b) => b.revenue)), Math.max(1e-9, ...bars.map((b) => b.revenue))]).nice().range([h, 0]);
  const y2 = scaleLinear().domain([0, 1]).range([h, 0]);
  axisLeft(plot, y, 0, { format: (v) => f.moneyShort(v), grid: w });
  axisLeft(plot, y2, w, { format: (v) => f.pct(v) }, 'right');
  axisTitle(plot, t('pareto.y', { cur: ctx.currency }), -52, h / 2, h, true);
  axisTitle(plot, t('pareto.y2'), w + 48, h / 2, h, true);

  const state = markState(options);
  const groups = plot.selectAll<SVGGElement, (typeof bars)[number]>('g.sb-bar').data(bars).join('g').attr('class', 'sb-bar');
  bindMarks(groups.filter((b) => !b.other), (b) => b.key, (b) => `${b.key}: ${f.money(b.revenue)} (${f.pct(b.share)})`, options);
  groups.each(function (b, i) {
    const g = select(this);
    const bx = x(String(i)) ?? 0;
    const stroke = selectedStroke(b.other ? 'normal' : state(b.key));
    g.append('title').text([
      b.key,
      `${t('revenue')}: ${f.money(b.revenue)} (${f.pct(b.share)})`,
      `${t('customers')}: ${f.int(b.customers)}`,
      `${t('pareto.y2')}: ${f.pct(b.cum)}`,
    ].join('\n'));
    g.append('rect').attr('x', bx).attr('y', Math.min(y(0), y(b.revenue))).attr('width', x.bandwidth())
      .attr('height', Math.abs(y(b.revenue) - y(0))).attr('fill', b.other ? '#b0b0b0' : BAR)
      .attr('stroke', stroke.stroke).attr('stroke-width', stroke.width);
    if (x.bandwidth() >= 30) {
      g.append('text').attr('x', bx + x.bandwidth() / 2).attr('y', Math.min(y(0), y(b.revenue)) - 4)
        .attr('text-anchor', 'middle').attr('font-size', 10).attr('fill', MUTED).text(f.pct(b.share));
    }
  });
  bandAxisBottom(plot, x, h, (i) => bars[Number(i)].key, 110);

  plot.append('line').attr('x1', 0).attr('x2', w).attr('y1', y2(0.8)).attr('y2', y2(0.8))
    .attr('stroke', INK).attr('stroke-dasharray', '4 3').attr('stroke-width', 1);
  plot.append('text').attr('x', w - 4).attr('y', y2(0.8) - 4).attr('text-anchor', 'end').attr('font-size', 10)
    .attr('fill', MUTED).text('80%');
  const cx = (i: number) => (x(String(i)) ?? 0) + x.bandwidth() / 2;
  const pts = bars.map((b, i) => ({ x: cx(i), y: y2(b.cum) }));
  plot.append('path').attr('class', 'sb-cumulative').attr('fill', 'none').attr('stroke', FLOW_COLORS.down).attr('stroke-width', 2)
    .attr('d', line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y)(pts));
  plot.append('g').selectAll('circle').data(pts).join('circle').attr('cx', (p) => p.x).attr('cy', (p) => p.y)
    .attr('r', 3).attr('fill', FLOW_COLORS.down);
  return finish(fr);
}
