import { interpolateRdBu, scaleBand, select } from 'd3';
import { axisTitle, bandAxisBottom } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { stepLegend } from './legend';
import { bindMarks, markState, selectedStroke } from './marks';
import { INK, MUTED } from './palette';
import { textWidth, truncate } from './text';
import type { ChartOptions } from './types';

/** One association rule a → b (CONTRACT.md `basket.pairs`). */
export interface LiftPair { a: string; b: string; support: number; confidence: number; lift: number }

/** Options of {@link renderLiftMatrix}. */
export interface LiftOptions extends ChartOptions {
  /** Most products per axis: those of the strongest pairs by lift, then the best supported (default 12). */
  maxItems?: number;
}

/**
 * Lift matrix: antecedent a in rows, consequent b in columns, colour = lift on a diverging
 * scale centred on 1 (blue = bought together more often than chance, red = less), lift printed.
 * Only the given directions are drawn. Marks: one `<g data-key='["<a>","<b>"]'>` (JSON) per pair.
 */
export function renderLiftMatrix(pairs: readonly LiftPair[], options: LiftOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const title = options.title ?? t('lift.title');
  const clean = pairs.filter((p) => Number.isFinite(p.lift) && p.lift > 0 && Number.isFinite(p.support));
  if (clean.length === 0) return emptyChart(ctx, 'lift', title);

  // The axes hold the products of the strongest pairs first, so the pairs the reading names are
  // always drawn; the rest of the room goes to the best-supported products.
  const max = Math.max(2, options.maxItems ?? 12);
  const byLift = [...clean].sort((x, y) => y.lift - x.lift || y.support - x.support);
  const weight = new Map<string, number>();
  for (const p of clean) for (const k of [p.a, p.b]) weight.set(k, (weight.get(k) ?? 0) + p.support);
  const bySupport = [...weight].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k]) => k);
  const keep = new Set<string>();
  for (const p of byLift.slice(0, Math.floor(max / 2))) if (keep.size + 2 <= max) keep.add(p.a).add(p.b);
  for (const k of bySupport) if (keep.size < max) keep.add(k);
  const items = [...keep].sort((x, y) => bySupport.indexOf(x) - bySupport.indexOf(y));
  const shown = clean.filter((p) => keep.has(p.a) && keep.has(p.b));
  const best = byLift[0]!;
  const reading = t('lift.reading', { a: best.a, b: best.b, lift: f.num(best.lift, 1) });

  const labelW = Math.min(120, Math.max(...items.map((k) => textWidth(k, 10.5))) + 6);
  const fr = createFrame(ctx, 'lift', title, reading, { top: 4, right: 130, bottom: 24 + labelW * 0.6 + 20, left: labelW + 28 });
  const { plot, w, h } = fr;
  const side = Math.min(w, h);
  const x = scaleBand<string>().domain(items).range([0, side]).padding(0.04);
  const y = scaleBand<string>().domain(items).range([0, side]).padding(0.04);
  const maxLog = Math.max(0.5, ...shown.map((p) => Math.abs(Math.log2(p.lift))));
  const tOf = (lift: number) => 0.5 + Math.max(-0.5, Math.min(0.5, Math.log2(lift) / (2 * maxLog)));
  const colour = (lift: number) => interpolateRdBu(tOf(lift));
  const state = markState(options);
  const key = (p: LiftPair) => JSON.stringify([p.a, p.b]);
  const groups = plot.selectAll<SVGGElement, LiftPair>('g.sb-pair').data(shown).join('g').attr('class', 'sb-pair')
    .attr('transform', (p) => `translate(${x(p.b) ?? 0},${y(p.a) ?? 0})`);
  bindMarks(groups, key, (p) => `${p.a} → ${p.b}: ${t('lift.lift')} ${f.num(p.lift, 2)}`, options);
  groups.each(function (p) {
    const g = select(this);
    const stroke = selectedStroke(state(key(p)));
    g.append('title').text([
      `${p.a} → ${p.b}`,
      `${t('lift.lift')}: ${f.num(p.lift, 2)}`,
      `${t('lift.support')}: ${f.pct(p.support)}`,
      `${t('lift.confidence')}: ${f.pct(p.confidence)}`,
    ].join('\n'));
    g.append('rect').attr('width', x.bandwidth()).attr('height', y.bandwidth()).attr('fill', colour(p.lift))
      .attr('stroke', stroke.stroke).attr('stroke-width', stroke.width);
    if (x.bandwidth() >= 26 && y.bandwidth() >= 12) {
      g.append('text').attr('x', x.bandwidth() / 2).attr('y', y.bandwidth() / 2).attr('dy', '0.32em').attr('text-anchor', 'middle')
        .attr('font-size', Math.min(11, x.bandwidth() / 3.2)).attr('fill', Math.abs(tOf(p.lift) - 0.5) > 0.3 ? '#ffffff' : INK)
        .text(f.num(p.lift, 1));
    }
  });
  const rows = plot.append('g').attr('class', 'sb-axis sb-axis-y').attr('font-size', 10.5).attr('fill', MUTED);
  for (const k of items) {
    const shownLabel = truncate(k, labelW, 10.5);
    const text = rows.append('text').attr('x', -6).attr('y', (y(k) ?? 0) + y.bandwidth() / 2).attr('dy', '0.32em')
      .attr('text-anchor', 'end').text(shownLabel);
    if (shownLabel !== k) text.append('title').text(k);
  }
  bandAxisBottom(plot, x, side, (k) => k, labelW);
  axisTitle(plot, t('lift.y'), -labelW - 18, side / 2, side, true);
  axisTitle(plot, t('lift.x'), side / 2, side + 24 + labelW * 0.6 + 12, side);
  const lo = Math.pow(2, -maxLog);
  const hi = Math.pow(2, maxLog);
  stepLegend(plot, side + 16, 10, t('lift.legend'), [lo, Math.sqrt(lo), 1, Math.sqrt(hi), hi].map(colour),
    f.num(lo, 2), `${f.num(hi, 1)}×`, 110);
  return finish(fr);
}
