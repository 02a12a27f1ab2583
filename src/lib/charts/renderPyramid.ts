import { select } from 'd3';
import { tierLabel } from './tierLabel';
import { haloText } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { bindMarks, markState, selectedStroke } from './marks';
import { MUTED, tierColor } from './palette';
import { truncate } from './text';
import type { ChartOptions } from './types';

/** One tier of the customer pyramid, as in CONTRACT.md `pyramid.tiers` (top tier first). */
export interface PyramidTier {
  name: string;
  customers: number;
  revenue: number;
  customer_share: number;
  revenue_share: number;
}

const num = (v: number) => (Number.isFinite(v) ? v : 0);

/**
 * The customer pyramid as the CRM textbooks draw it: the customer-count pyramid (bar width =
 * share of customers) beside the revenue pyramid (bar width = share of revenue), on one scale,
 * one row per tier, top tier first. Marks: one `<g data-key="<tier name>">` per tier.
 */
export function renderPyramid(tiers: readonly PyramidTier[], options: ChartOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f, locale } = ctx;
  const title = options.title ?? t('pyramid.title');
  if (tiers.length === 0) return emptyChart(ctx, 'pyramid', title);

  const rows = tiers.map((d) => ({ ...d, cs: num(d.customer_share), rs: num(d.revenue_share) }));
  const top: typeof rows = [];
  let cs = 0;
  let rs = 0;
  for (const d of rows) {
    top.push(d);
    cs += d.cs;
    rs += d.rs;
    if (cs >= 0.2 - 1e-9) break;
  }
  const names = top.map((d) => tierLabel(locale, d.name)).join(locale === 'zh-CN' ? '、' : ' + ');
  const reading = t('pyramid.reading', { cs: f.pct(cs), rs: f.pct(rs), tiers: names });

  const fr = createFrame(ctx, 'pyramid', title, reading, { top: 22, right: 8, bottom: 8, left: 8 });
  const { plot, w, h } = fr;
  const centre = Math.min(200, Math.max(90, w * 0.28));
  const side = (w - centre) / 2;
  const maxShare = Math.max(1e-9, ...rows.map((d) => Math.max(d.cs, d.rs)));
  const barW = (s: number) => (s > 0 ? Math.max(1, (s / maxShare) * (side - 8)) : 0);
  const rowH = h / rows.length;
  const barH = Math.max(2, rowH * 0.78);

  plot.append('text').attr('x', side / 2).attr('y', -8).attr('text-anchor', 'middle').attr('font-weight', 600)
    .attr('fill', MUTED).text(truncate(t('pyramid.customers'), side, 13.2));
  plot.append('text').attr('x', side + centre + side / 2).attr('y', -8).attr('text-anchor', 'middle')
    .attr('font-weight', 600).attr('fill', MUTED).text(truncate(t('pyramid.revenue'), side, 13.2));

  const state = markState(options);
  const groups = plot.selectAll<SVGGElement, (typeof rows)[number]>('g.sb-tier').data(rows).join('g')
    .attr('class', 'sb-tier').attr('transform', (_, i) => `translate(0,${i * rowH})`);
  bindMarks(groups, (d) => d.name,
    (d) => `${tierLabel(locale, d.name)}: ${t('shareCustomers')} ${f.pct(d.cs)}, ${t('shareRevenue')} ${f.pct(d.rs)}`, options);
  groups.each(function (d, i) {
    const g = select(this);
    const color = tierColor(d.name, i, rows.length);
    const stroke = selectedStroke(state(d.name));
    g.append('title').text([
      tierLabel(locale, d.name),
      `${t('customers')}: ${f.int(d.customers)} (${f.pct(d.cs)})`,
      `${t('revenue')}: ${f.money(d.revenue)} (${f.pct(d.rs)})`,
    ].join('\n'));
    const y = (rowH - barH) / 2;
    const bars: [number, number][] = [[side / 2, d.cs], [side + centre + side / 2, d.rs]];
    for (const [cx, share] of bars) {
      const bw = barW(share);
      g.append('rect').attr('x', cx - bw / 2).attr('y', y).attr('width', bw).attr('height', barH)
        .attr('fill', color).attr('stroke', stroke.stroke).attr('stroke-width', stroke.width);
      if (barH >= 9) haloText(g, f.pct(share), cx, rowH / 2, side, Math.min(12, barH));
    }
    const lines = rowH >= 30;
    g.append('text').attr('x', side + centre / 2).attr('y', rowH / 2 - (lines ? 7 : 0)).attr('dy', '0.32em')
      .attr('text-anchor', 'middle').attr('font-weight', 600).text(truncate(tierLabel(locale, d.name), centre - 8, 13.2));
    if (lines) {
      g.append('text').attr('x', side + centre / 2).attr('y', rowH / 2 + 9).attr('dy', '0.32em')
        .attr('text-anchor', 'middle').attr('font-size', 10.5).attr('fill', MUTED)
        .text(truncate(`${f.compact(d.customers)} · ${f.moneyShort(d.revenue)}`, centre - 8, 10.5));
    }
  });
  return finish(fr);
}
