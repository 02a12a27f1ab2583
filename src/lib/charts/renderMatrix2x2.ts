import { select } from 'd3';
import { axisTitle } from './axes';
import { context, createFrame, emptyChart, finish } from './frame';
import { bindMarks, markState, selectedStroke } from './marks';
import { heat, inkOnHeat, MUTED } from './palette';
import { truncate, wrap } from './text';
import type { ChartOptions } from './types';

/** Where a cell sits: top-left, top-right, bottom-left, bottom-right. */
export type Quadrant = 'tl' | 'tr' | 'bl' | 'br';

/** One quadrant (CONTRACT.md `matrix.value` / `matrix.loyalty`, with its display label). */
export interface MatrixCell { cell: string; customers: number; revenue?: number; label: string; quadrant?: Quadrant }

/** Options of {@link renderMatrix2x2}. */
export interface MatrixOptions extends ChartOptions {
  /** Which matrix, for the title, axes and default placement (default: value when the cells are A-D). */
  kind?: 'value' | 'loyalty' | 'other';
}

const PLACES: Record<string, Quadrant> = {
  A: 'tr', B: 'tl', C: 'br', D: 'bl',
  true: 'tr', inertia: 'br', latent: 'tl', none: 'bl',
  绝对忠诚: 'tr', 惯性忠诚: 'br', 潜在忠诚: 'tl', 非忠诚: 'bl',
};
const FILL_ORDER: Quadrant[] = ['tl', 'tr', 'bl', 'br'];

/**
 * A 2x2 matrix (ABC value matrix: current x future value; loyalty matrix: behaviour x
 * attitude): equal quadrants, shade = share of customers, each with its label, customers and
 * revenue share. Placement: `quadrant` when given, else the ANALYSES.md meaning of the cell id
 * (A high/high top-right, B top-left, C bottom-right, D bottom-left; loyalty likewise), else
 * input order. Marks: one `<g data-key="<cell>">` per quadrant.
 */
export function renderMatrix2x2(cells: readonly MatrixCell[], options: MatrixOptions = {}): SVGSVGElement {
  const ctx = context(options);
  const { t, f } = ctx;
  const kind = options.kind ?? (cells.length > 0 && cells.every((c) => /^[ABCD]$/.test(c.cell)) ? 'value' : 'other');
  const title = options.title ?? t(`matrix.title.${kind}`);
  if (cells.length === 0) return emptyChart(ctx, 'matrix', title, kind === 'loyalty' ? t('matrix.noAttitude') : undefined);

  const fin = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : 0);
  const totalC = cells.reduce((s, c) => s + fin(c.customers), 0);
  const totalR = cells.reduce((s, c) => s + fin(c.revenue), 0);
  const hasRevenue = cells.some((c) => c.revenue !== undefined);
  const used = new Set<Quadrant>();
  const placed = cells.slice(0, 4).map((c) => {
    const want = c.quadrant ?? PLACES[c.cell];
    const q = want && !used.has(want) ? want : FILL_ORDER.find((p) => !used.has(p)) ?? 'tl';
    used.add(q);
    const cs = totalC > 0 ? fin(c.customers) / totalC : 0;
    const rs = totalR > 0 ? fin(c.revenue) / totalR : 0;
    return { ...c, q, cs, rs };
  });
  const lead = [...placed].sort((a, b) => (hasRevenue ? b.rs - a.rs : b.cs - a.cs))[0];
  const reading = hasRevenue
    ? t('matrix.reading.revenue', { label: lead.label, cs: f.pct(lead.cs), rs: f.pct(lead.rs) })
    : t('matrix.reading.customers', { label: lead.label, cs: f.pct(lead.cs) });

  const fr = createFrame(ctx, 'matrix', title, reading, { top: 4, right: 8, bottom: 40, left: 48 });
  const { plot, w, h } = fr;
  const side = Math.max(40, Math.min(w, h));
  const half = side / 2;
  const maxShare = Math.max(1e-9, ...placed.map((c) => c.cs));
  const state = markState(options);
  const groups = plot.selectAll<SVGGElement, (typeof placed)[number]>('g.sb-quadrant').data(placed).join('g')
    .attr('class', 'sb-quadrant')
    .attr('transform', (c) => `translate(${c.q.endsWith('r') ? half : 0},${c.q.startsWith('b') ? half : 0})`);
  bindMarks(groups, (c) => c.cell, (c) => `${c.label}: ${f.pct(c.cs)} ${t('shareCustomers')}`, options);
  groups.each(function (c) {
    const g = select(this);
    const level = 0.15 + 0.7 * (c.cs / maxShare);
    const ink = inkOnHeat(level);
    const stroke = selectedStroke(state(c.cell));
    g.append('title').text([
      `${c.cell} · ${c.label}`,
      `${t('customers')}: ${f.int(fin(c.customers))} (${f.pct(c.cs)})`,
      ...(c.revenue !== undefined ? [`${t('revenue')}: ${f.money(fin(c.revenue))} (${f.pct(c.rs)})`] : []),
    ].join('\n'));
    g.append('rect').attr('x', 2).attr('y', 2).attr('width', half - 4).attr('height', half - 4).attr('fill', heat(level))
      .attr('stroke', stroke.stroke).attr('stroke-width', stroke.width);
    const size = Math.min(13, half / 10);
    g.append('text').attr('x', 10).attr('y', 10 + size * 1.5).attr('font-size', size * 1.6).attr('font-weight', 700)
      .attr('fill', ink).text(truncate(c.cell, half - 20, size * 1.6));
    const lines = wrap(c.label, half - 20, size * 1.1, 2); // bold runs wider
    const stats = [t('pctCustomers', { v: f.pct(c.cs) }), ...(c.revenue !== undefined ? [t('pctRevenue', { v: f.pct(c.rs) })] : [])];
    const text = g.append('text').attr('font-size', size).attr('fill', ink);
    [...lines, ...stats].forEach((line, i) => text.append('tspan').attr('x', 10).attr('y', 14 + size * (3.2 + 1.35 * i))
      .attr('font-weight', i < lines.length ? 600 : null).attr('font-size', i < lines.length ? null : size * 0.92)
      .text(i < lines.length ? line : truncate(line, half - 20, size * 0.92)));
  });
  const axes = plot.append('g').attr('class', 'sb-axis').attr('font-size', 10.5).attr('fill', MUTED);
  axes.append('text').attr('x', half / 2).attr('y', side + 14).attr('text-anchor', 'middle').text(t('low'));
  axes.append('text').attr('x', half * 1.5).attr('y', side + 14).attr('text-anchor', 'middle').text(t('high'));
  axes.append('text').attr('x', -6).attr('y', half * 1.5).attr('dy', '0.32em').attr('text-anchor', 'end').text(t('low'));
  axes.append('text').attr('x', -6).attr('y', half / 2).attr('dy', '0.32em').attr('text-anchor', 'end').text(t('high'));
  axisTitle(plot, t(`matrix.x.${kind}`), half, side + 32, side);
  axisTitle(plot, t(`matrix.y.${kind}`), -34, half, side, true);
  return finish(fr);
}
