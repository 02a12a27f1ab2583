import { scaleLinear, select } from 'd3';
import { axisBottom, axisTitle, haloText } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { swatchLegend } from './legend';
import { bindMarks, markState, selectedStroke } from './marks';
import { MUTED, stageColor } from './palette';
import { stageName, stageRank } from './stages';
import { textWidth, truncate } from './text';
import type { ChartOptions } from './types';

/** Customers and revenue of one lifecycle stage (CONTRACT.md `lifecycle.stages`). */
export interface LifecycleStage { stage: string; customers: number; revenue: number }

/**
 * Stage sizes: one row per lifecycle stage in lifecycle order, an upper bar for the share of
 * customers and a lighter lower bar for the share of revenue, in the stage's colour.
 * Marks: one `<g data-key="<stage>">` per stage.
 */
export function renderLifecycle(stages: readonly LifecycleStage[], options: ChartOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f, locale } = ctx;
  const title = options.title ?? t('lifecycle.title');
  const fin = (v: number) => (Number.isFinite(v) ? v : 0);
  const rows = stages.map((s, i) => ({ ...s, customers: fin(s.customers), revenue: fin(s.revenue), i }))
    .sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || a.i - b.i);
  if (rows.length === 0) return emptyChart(ctx, 'lifecycle', title);

  const totalC = rows.reduce((s, r) => s + r.customers, 0);
  const totalR = rows.reduce((s, r) => s + r.revenue, 0);
  const cs = (v: number) => (totalC > 0 ? v / totalC : 0);
  const rs = (v: number) => (totalR > 0 ? v / totalR : 0);
  const risky = rows.filter((r) => r.stage === 'decline' || r.stage === 'lost');
  const reading = t('lifecycle.reading', {
    cs: f.pct(cs(risky.reduce((s, r) => s + r.customers, 0))), rs: f.pct(rs(risky.reduce((s, r) => s + r.revenue, 0))),
  });
  const names = rows.map((r) => stageName(locale, r.stage));
  const labelW = Math.min(140, Math.max(...names.map((n) => textWidth(n, 13.2))) + 8);
  const fr = createFrame(ctx, 'lifecycle', title, reading, { top: 22, right: 48, bottom: 44, left: labelW + 10 });
  const { plot, w, h } = fr;
  const x = scaleLinear().domain([0, Math.max(0.01, ...rows.map((r) => Math.max(cs(r.customers), rs(r.revenue))))]).nice().range([0, w]);
  axisBottom(plot, x, h, { format: (v) => f.pct(v), grid: h });
  axisTitle(plot, t('lifecycle.x'), w / 2, h + 34, w);
  swatchLegend(plot, 0, -12, [
    { label: t('lifecycle.customers'), color: MUTED },
    { label: t('lifecycle.revenue'), color: '#d0d0d0' },
  ], Math.min(w, 340));

  const rowH = h / rows.length;
  const barH = Math.min(18, rowH * 0.36);
  const state = markState(options);
  const groups = plot.selectAll<SVGGElement, (typeof rows)[number]>('g.sb-stage').data(rows).join('g')
    .attr('class', 'sb-stage').attr('transform', (_, i) => `translate(0,${i * rowH})`);
  bindMarks(groups, (r) => r.stage, (r) => `${stageName(locale, r.stage)}: ${f.int(r.customers)} ${t('customers')}`, options);
  groups.each(function (r, i) {
    const g = select(this);
    const color = stageColor(r.stage);
    const stroke = selectedStroke(state(r.stage));
    g.append('title').text([
      names[i],
      `${t('customers')}: ${f.int(r.customers)} (${f.pct(cs(r.customers))})`,
      `${t('revenue')}: ${f.money(r.revenue)} (${f.pct(rs(r.revenue))})`,
    ].join('\n'));
    g.append('rect').attr('x', -labelW - 10).attr('width', labelW + 10 + w).attr('height', rowH).attr('fill', 'transparent');
    g.append('text').attr('x', -10).attr('y', rowH / 2).attr('dy', '0.32em').attr('text-anchor', 'end')
      .attr('font-weight', 600).text(truncate(names[i], labelW, 13.2));
    const y0 = rowH / 2 - barH - 1;
    const bars: [number, number, number][] = [[y0, cs(r.customers), 1], [rowH / 2 + 1, rs(r.revenue), 0.4]];
    for (const [y, share, opacity] of bars) {
      g.append('rect').attr('y', y).attr('width', Math.max(share > 0 ? 1 : 0, x(share))).attr('height', barH)
        .attr('fill', color).attr('fill-opacity', opacity === 1 ? null : opacity)
        .attr('stroke', stroke.stroke ?? (opacity === 1 ? null : color)).attr('stroke-width', stroke.width ?? 1);
      if (barH >= 8) haloText(g, f.pct(share), x(share) + 4, y + barH / 2, 60, Math.min(11, barH), 'start');
    }
  });
  return finish(fr);
}
