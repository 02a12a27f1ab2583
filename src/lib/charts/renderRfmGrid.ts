import { select } from 'd3';
import { axisTitle, haloText } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { hasLabel } from './labels';
import { stepLegend } from './legend';
import { addBrush } from './brush';
import { keysInRect } from './keysInRect';
import { bindMarks, markState, selectedStroke } from './marks';
import { EMPTY, heat, INK, inkOnHeat, MUTED } from './palette';
import { wrap } from './text';
import type { ChartOptions } from './types';

/** One cell of the R x F grid (CONTRACT.md `rfm.grid`, with optional mean M). */
export interface RfmCell { r: number; f: number; customers: number; revenue: number; mean_m?: number }

/** A segment drawn as an outline over the grid: its name and its cells as "r,f" keys. */
export interface SegmentRegion { name: string; cells: readonly string[] }

/** Options of {@link renderRfmGrid}. */
export interface RfmGridOptions extends ChartOptions {
  /** What the colour shows (default customers). */
  colorBy?: 'customers' | 'revenue';
  /** Segment outlines: true = the RF segment map B of ANALYSES.md (5 scores only). */
  outlines?: boolean | readonly SegmentRegion[];
  /** Number of scores per axis (default 5). */
  scores?: number;
}

/** Segment map B of ANALYSES.md: the RF regex map, as a function of the two scores. */
export function rf10Segment(r: number, f: number): string {
  if (r <= 2) return f <= 2 ? 'hibernating' : f <= 4 ? 'at risk' : "can't lose";
  if (r === 3) return f <= 2 ? 'about to sleep' : f === 3 ? 'need attention' : 'loyal';
  if (f >= 4) return r === 4 ? 'loyal' : 'champions';
  if (f === 1) return r === 4 ? 'promising' : 'new';
  return 'potential loyalist';
}

const num = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : 0);

/**
 * The R x F heatmap: recency score on x (5 = most recent, right), frequency score on y
 * (5 = most orders, top), colour = customers or revenue, mean spend M printed in each cell,
 * optional segment outlines. Marks: one `<g data-key="r,f">` per cell. With `onBrush`, a drag
 * over the grid selects the cells (with customers) it covers.
 */
export function renderRfmGrid(cells: readonly RfmCell[], options: RfmGridOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const by = options.colorBy ?? 'customers';
  const title = options.title ?? t(by === 'revenue' ? 'rfm.title.revenue' : 'rfm.title.customers');
  if (cells.length === 0) return emptyChart(ctx, 'rfm-grid', title);

  const n = Math.max(1, Math.round(options.scores ?? 5));
  const byKey = new Map(cells.map((c) => [`${c.r},${c.f}`, c]));
  const grid = Array.from({ length: n * n }, (_, i) => {
    const r = (i % n) + 1;
    const fs = n - Math.floor(i / n);
    const c = byKey.get(`${r},${fs}`);
    const customers = num(c?.customers);
    const revenue = num(c?.revenue);
    return { key: `${r},${fs}`, r, f: fs, customers, revenue, meanM: c?.mean_m ?? (customers > 0 ? revenue / customers : 0) };
  });
  const totalC = grid.reduce((s, c) => s + c.customers, 0);
  const totalR = grid.reduce((s, c) => s + c.revenue, 0);
  const share = (v: number, total: number) => (total > 0 ? v / total : 0);
  const best = grid.filter((c) => c.r >= n - 1 && c.f >= n - 1);
  const reading = t('rfm.reading', {
    k: Math.max(1, n - 1),
    cs: f.pct(share(best.reduce((s, c) => s + c.customers, 0), totalC)),
    rs: f.pct(share(best.reduce((s, c) => s + c.revenue, 0), totalR)),
  });

  const fr = createFrame(ctx, 'rfm-grid', title, reading, { top: 4, right: 8, bottom: 40, left: 48 });
  const { plot, w, h } = fr;
  const legendW = Math.min(150, Math.max(90, w * 0.25));
  const size = Math.max(8, Math.min((w - legendW - 12) / n, h / n));
  const value = (c: (typeof grid)[number]) => (by === 'revenue' ? c.revenue : c.customers);
  const max = Math.max(0, ...grid.map(value));
  const level = (c: (typeof grid)[number]) => (max > 0 ? value(c) / max : 0);
  const regions = options.outlines === true ? (n === 5 ? defaultRegions() : []) : options.outlines || [];
  const segmentOf = new Map<string, string>();
  for (const reg of regions) for (const k of reg.cells) segmentOf.set(k, reg.name);
  const segName = (name: string) => {
    const key = `rf10.${name}`;
    return hasLabel(key) ? t(key) : name;
  };

  const state = markState(options);
  const x = (r: number) => (r - 1) * size;
  const y = (fs: number) => (n - fs) * size;
  const groups = plot.selectAll<SVGGElement, (typeof grid)[number]>('g.sb-cell').data(grid).join('g').attr('class', 'sb-cell')
    .attr('transform', (c) => `translate(${x(c.r)},${y(c.f)})`);
  bindMarks(groups, (c) => c.key, (c) => `R ${c.r}, F ${c.f}: ${f.int(c.customers)} ${t('customers')}`, options);
  groups.each(function (c) {
    const g = select(this);
    const seg = segmentOf.get(c.key);
    g.append('title').text([
      `R ${c.r} · F ${c.f}${seg ? ` · ${segName(seg)}` : ''}`,
      `${t('customers')}: ${f.int(c.customers)} (${f.pct(share(c.customers, totalC))})`,
      `${t('revenue')}: ${f.money(c.revenue)} (${f.pct(share(c.revenue, totalR))})`,
      `${t('rfm.meanM')}: ${f.money(c.meanM)}`,
    ].join('\n'));
    const stroke = selectedStroke(state(c.key));
    g.append('rect').attr('x', 1).attr('y', 1).attr('width', size - 2).attr('height', size - 2)
      .attr('fill', c.customers > 0 ? heat(level(c)) : EMPTY)
      .attr('stroke', stroke.stroke).attr('stroke-width', stroke.width);
    if (size < 22) return;
    const fontSize = Math.min(12, size / 4.5);
    g.append('text').attr('x', size / 2).attr('y', size / 2).attr('dy', '0.32em').attr('text-anchor', 'middle')
      .attr('font-size', fontSize).attr('fill', c.customers > 0 ? inkOnHeat(level(c)) : MUTED)
      .text(c.customers > 0 ? f.moneyShort(c.meanM) : '–');
  });

  const onBrush = options.onBrush;
  if (onBrush) {
    // Cells with customers only: an empty cell would add a key that selects no one.
    const boxes = grid.filter((c) => c.customers > 0).map((c) => ({ key: c.key, x0: x(c.r), y0: y(c.f), x1: x(c.r) + size, y1: y(c.f) + size }));
    addBrush(plot, groups, 'xy', [[0, 0], [n * size, n * size]], (rect, additive) => onBrush(keysInRect(boxes, rect), additive));
  }
  drawOutlines(plot, grid, segmentOf, size, n, segName);
  const axes = plot.append('g').attr('class', 'sb-axis').attr('fill', MUTED).attr('font-size', 10.5);
  for (let s = 1; s <= n; s++) {
    axes.append('text').attr('x', x(s) + size / 2).attr('y', n * size + 14).attr('text-anchor', 'middle').text(String(s));
    axes.append('text').attr('x', -6).attr('y', y(s) + size / 2).attr('dy', '0.32em').attr('text-anchor', 'end').text(String(s));
  }
  axisTitle(plot, t('rfm.x'), (n * size) / 2, n * size + 32, Math.max(n * size, 60));
  axisTitle(plot, t('rfm.y'), -24, (n * size) / 2, n * size, true);

  const lx = n * size + 16;
  const legendTitle = by === 'revenue' ? t('rfm.legend.revenue', { cur: ctx.currency }) : t('rfm.legend.customers');
  stepLegend(plot, lx, 10, legendTitle, [0.2, 0.4, 0.6, 0.8, 1].map(heat), '0',
    by === 'revenue' ? f.moneyShort(max) : f.compact(max), legendW - 16);
  const note = plot.append('text').attr('font-size', 10.5).attr('fill', MUTED);
  wrap(t('rfm.note'), legendW - 16, 10.5, 3).forEach((line, i) =>
    note.append('tspan').attr('x', lx).attr('y', 62 + 14 * i).text(line));
  return finish(fr);
}

function defaultRegions(): SegmentRegion[] {
  const cells = new Map<string, string[]>();
  for (let r = 1; r <= 5; r++) {
    for (let fs = 1; fs <= 5; fs++) {
      const name = rf10Segment(r, fs);
      cells.set(name, [...(cells.get(name) ?? []), `${r},${fs}`]);
    }
  }
  return [...cells].map(([name, list]) => ({ name, cells: list }));
}

type Cell = { key: string; r: number; f: number };

function drawOutlines(plot: ReturnType<typeof createFrame>['plot'], grid: Cell[], segmentOf: Map<string, string>,
  size: number, n: number, segName: (s: string) => string): void {
  if (segmentOf.size === 0) return;
  const g = plot.append('g').attr('class', 'sb-outlines').attr('pointer-events', 'none');
  const labelled = new Set<string>();
  for (const c of grid) {
    const seg = segmentOf.get(c.key);
    if (seg === undefined) continue;
    const x0 = (c.r - 1) * size;
    const y0 = (n - c.f) * size;
    // a shared edge is drawn once, by the cell below or right of it
    const sides: [number, number, number, number, string, boolean][] = [
      [x0, y0, x0 + size, y0, `${c.r},${c.f + 1}`, true],
      [x0, y0, x0, y0 + size, `${c.r - 1},${c.f}`, true],
      [x0, y0 + size, x0 + size, y0 + size, `${c.r},${c.f - 1}`, false],
      [x0 + size, y0, x0 + size, y0 + size, `${c.r + 1},${c.f}`, false],
    ];
    for (const [x1, y1, x2, y2, other, own] of sides) {
      const next = segmentOf.get(other);
      if (next === seg || (!own && next !== undefined)) continue;
      g.append('line').attr('x1', x1).attr('y1', y1).attr('x2', x2).attr('y2', y2)
        .attr('stroke', INK).attr('stroke-width', 2).attr('stroke-linecap', 'square');
    }
    if (!labelled.has(seg) && size >= 40) {
      labelled.add(seg);
      haloText(g, segName(seg), x0 + 4, y0 + 9, size - 8, 9, 'start');
    }
  }
}
