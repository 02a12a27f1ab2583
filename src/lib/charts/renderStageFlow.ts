import { select } from 'd3';
import { context, createFrame, emptyChart, finish } from './frame';
import { swatchLegend } from './legend';
import { bindMarks, markState } from './marks';
import { FLOW_COLORS, MUTED, stageColor } from './palette';
import { direction, stageName, stageRank } from './stages';
import { textWidth, truncate } from './text';
import type { ChartOptions } from './types';

/** Customers who were in `from` at the first snapshot and in `to` at the second. */
export interface StageFlow { from: string; to: string; customers: number }

/** Options of {@link renderStageFlow}. */
export interface StageFlowOptions extends ChartOptions {
  /** Heading of the left column, e.g. the first snapshot date (default "Before"). */
  fromLabel?: string;
  /** Heading of the right column (default "After"). */
  toLabel?: string;
}

const NODE = 12;
const GAP = 8;

/**
 * Migration between lifecycle stages as a two-column flow (hand layout, no d3-sankey): stages
 * at the first snapshot left, at the second right, ribbon width = customers, coloured by move
 * up / stayed / slipped. Marks: one `<path data-key='["<from>","<to>"]'>` (JSON) per flow.
 */
export function renderStageFlow(flows: readonly StageFlow[], options: StageFlowOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f, locale } = ctx;
  const title = options.title ?? t('flow.title');
  const links = flows.filter((l) => Number.isFinite(l.customers) && l.customers > 0);
  if (links.length === 0) return emptyChart(ctx, 'stage-flow', title);

  const total = links.reduce((s, l) => s + l.customers, 0);
  const sum = (d: 'up' | 'down' | 'same') => links.filter((l) => direction(l.from, l.to) === d).reduce((s, l) => s + l.customers, 0);
  const part = (d: 'up' | 'down' | 'same') => `${f.int(sum(d))} (${f.pct(sum(d) / total)})`;
  const reading = t('flow.reading', { up: part('up'), down: part('down'), same: part('same') });
  const order = (a: string, b: string) => stageRank(a) - stageRank(b) || (a < b ? -1 : a > b ? 1 : 0);
  const column = (pick: (l: StageFlow) => string) => [...new Set(links.map(pick))].sort(order)
    .map((stage) => ({ stage, value: links.filter((l) => pick(l) === stage).reduce((s, l) => s + l.customers, 0), y: 0, h: 0 }));
  const left = column((l) => l.from);
  const right = column((l) => l.to);
  const nameOf = (n: { stage: string; value: number }) => `${stageName(locale, n.stage)} ${f.compact(n.value)}`;
  const labelW = Math.min(150, Math.max(...[...left, ...right].map((n) => textWidth(nameOf(n), 11.5))) + 8);
  const fr = createFrame(ctx, 'stage-flow', title, reading, { top: 22, right: 8, bottom: 28, left: 8 });
  const { plot, w, h } = fr;
  const k = (h - GAP * (Math.max(left.length, right.length) - 1)) / total;
  for (const col of [left, right]) {
    let y = 0;
    for (const n of col) {
      n.y = y;
      n.h = Math.max(1, n.value * k);
      y += n.h + GAP;
    }
  }
  const x0 = labelW + NODE;
  const x1 = w - labelW - NODE;
  const outAt = new Map(left.map((n) => [n.stage, n.y]));
  const inAt = new Map(right.map((n) => [n.stage, n.y]));
  const ribbons = [...links].sort((a, b) => order(a.from, b.from) || order(a.to, b.to)).map((l) => {
    const th = Math.max(0.5, l.customers * k);
    const s = outAt.get(l.from) ?? 0;
    outAt.set(l.from, s + th);
    return { ...l, th, s, e: 0, dir: direction(l.from, l.to), key: JSON.stringify([l.from, l.to]) };
  });
  for (const r of [...ribbons].sort((a, b) => order(a.to, b.to) || order(a.from, b.from))) {
    const e = inAt.get(r.to) ?? 0;
    inAt.set(r.to, e + r.th);
    r.e = e;
  }
  const state = markState(options);
  const paths = plot.append('g').attr('class', 'sb-links').selectAll<SVGPathElement, (typeof ribbons)[number]>('path')
    .data(ribbons).join('path');
  bindMarks(paths, (r) => r.key, (r) => `${stageName(locale, r.from)} → ${stageName(locale, r.to)}: ${f.int(r.customers)}`, options);
  paths.each(function (r) {
    const e = r.e;
    const xm = (x0 + x1) / 2;
    const st = state(r.key);
    select(this)
      .attr('d', `M${x0},${r.s}C${xm},${r.s} ${xm},${e} ${x1},${e}V${e + r.th}C${xm},${e + r.th} ${xm},${r.s + r.th} ${x0},${r.s + r.th}Z`)
      .attr('fill', FLOW_COLORS[r.dir]).attr('fill-opacity', st === 'selected' ? 0.9 : 0.55)
      .attr('stroke', st === 'selected' ? '#000000' : '#ffffff').attr('stroke-width', st === 'selected' ? 1.5 : 0.5)
      .append('title').text(`${stageName(locale, r.from)} → ${stageName(locale, r.to)}\n${t('customers')}: ${f.int(r.customers)} (${f.pct(r.customers / total)})`);
  });
  const nodes = plot.append('g').attr('class', 'sb-nodes');
  for (const [col, x, anchor] of [[left, labelW, 'end'], [right, x1, 'start']] as const) {
    for (const n of col) {
      const g = nodes.append('g');
      g.append('rect').attr('x', x).attr('y', n.y).attr('width', NODE).attr('height', n.h).attr('fill', stageColor(n.stage));
      g.append('text').attr('x', anchor === 'end' ? x - 6 : x + NODE + 6).attr('y', n.y + n.h / 2).attr('dy', '0.32em')
        .attr('text-anchor', anchor).attr('font-size', 11.5).text(truncate(nameOf(n), labelW - 6, 11.5));
    }
  }
  plot.append('text').attr('x', labelW + NODE).attr('y', -8).attr('text-anchor', 'end').attr('font-weight', 600).attr('fill', MUTED)
    .text(truncate(options.fromLabel ?? t('flow.from'), labelW + NODE, 13.2));
  plot.append('text').attr('x', x1).attr('y', -8).attr('font-weight', 600).attr('fill', MUTED)
    .text(truncate(options.toLabel ?? t('flow.to'), labelW + NODE, 13.2));
  swatchLegend(plot, Math.max(0, w / 2 - 150), h + 16, (['up', 'same', 'down'] as const).map((d) => ({ label: t(`flow.${d}`), color: FLOW_COLORS[d] })), Math.min(w, 300));
  return finish(fr);
}
