import { area, extent, line, max, min, scaleBand, scaleLinear, schemeTableau10, type ScaleLinear } from 'd3';
import { axisBottom, axisLeft, axisTitle, bandAxisBottom } from '../../charts/axes';
import { context, createFrame, emptyChart, finish, type Frame } from '../../charts/frame';
import { swatchLegend } from '../../charts/legend';
import { heat, MUTED, RULE } from '../../charts/palette';
import { truncate } from '../../charts/text';
import type { ChartOptions } from '../../charts/types';
import type { ChartSpec } from '../../notebook/types';

/** One row of a cell's view, values as chartDataSql returns them (numbers or text). */
export type ChartRow = Record<string, string | number | null>;

/** Options of renderCellChart: the charts' usual options plus the texts the caller translates. */
export interface CellChartOptions extends ChartOptions {
  /** The line under the title (e.g. "1,234 rows; the first 2,000 are drawn"). */
  reading?: string;
  /** Shown instead of marks when a needed column is not chosen or has no values. */
  emptyText?: string;
}

/** At most this many bars, bands or series: more would be unreadable. */
export const MAX_CATEGORIES = 60;
const MAX_SERIES = 10;

const asNumber = (v: string | number | null | undefined): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};
const asKey = (v: string | number | null | undefined): string => (v === null || v === undefined ? '∅' : String(v));
const distinct = (values: string[]): string[] => [...new Set(values)];

/** The channels each chart type needs. */
const NEEDS: Record<ChartSpec['type'], (keyof ChartSpec['fields'])[]> = {
  bar: ['x', 'y'], line: ['x', 'y'], area: ['x', 'y'], scatter: ['x', 'y'], heatmap: ['x', 'y', 'color'],
  pyramid: ['x', 'y'], lorenz: ['x', 'y'], table: [],
};

/** The channels `spec` still needs before it can be drawn (empty when it is complete). */
export function missingFields(spec: ChartSpec): (keyof ChartSpec['fields'])[] {
  return NEEDS[spec.type].filter((k) => !spec.fields[k]);
}

const M = { top: 8, right: 16, bottom: 86, left: 64 };

function numberAxis(fr: Frame, y: ScaleLinear<number, number>, title: string): void {
  axisLeft(fr.plot, y, 0, { format: (v) => fr.f.compact(v), grid: fr.w });
  axisTitle(fr.plot, title, -50, fr.h / 2, fr.h, true);
}

function bars(fr: Frame, rows: ChartRow[], x: string, y: string): void {
  const data = rows.slice(0, MAX_CATEGORIES).map((r) => ({ k: asKey(r[x]), v: asNumber(r[y]) ?? 0 }));
  const keys = distinct(data.map((d) => d.k));
  const xs = scaleBand<string>().domain(keys).range([0, fr.w]).padding(0.2);
  const ys = scaleLinear().domain([Math.min(0, min(data, (d) => d.v) ?? 0), Math.max(0, max(data, (d) => d.v) ?? 0)]).nice().range([fr.h, 0]);
  numberAxis(fr, ys, y);
  const g = fr.plot.append('g').attr('class', 'sb-bars');
  for (const d of data) {
    const rect = g.append('rect').attr('class', 'sb-mark').attr('data-key', d.k)
      .attr('x', xs(d.k) ?? 0).attr('width', xs.bandwidth())
      .attr('y', ys(Math.max(0, d.v))).attr('height', Math.abs(ys(d.v) - ys(0))).attr('fill', schemeTableau10[0]);
    rect.append('title').text(`${d.k}: ${fr.f.num(d.v, Number.isInteger(d.v) ? 0 : 2)}`);
  }
  const rotated = bandAxisBottom(fr.plot, xs, fr.h, (k) => k);
  axisTitle(fr.plot, x, fr.w / 2, fr.h + (rotated ? 78 : 36), fr.w);
}

function lines(fr: Frame, rows: ChartRow[], spec: ChartSpec, x: string, y: string, filled: boolean): void {
  const numericX = rows.length > 0 && rows.every((r) => r[x] === null || asNumber(r[x]) !== null);
  const colorField = spec.fields.color;
  const seriesKeys = colorField ? distinct(rows.map((r) => asKey(r[colorField]))).slice(0, MAX_SERIES) : [''];
  const xKeys = numericX ? [] : distinct(rows.map((r) => asKey(r[x]))).slice(0, 400);
  const band = scaleBand<string>().domain(xKeys).range([0, fr.w]).padding(0);
  const lin = scaleLinear().domain(extent(rows, (r) => asNumber(r[x]) ?? undefined) as [number, number]).nice().range([0, fr.w]);
  if (numericX && lin.domain().some((v) => v === undefined || !Number.isFinite(v))) lin.domain([0, 1]);
  const px = (r: ChartRow): number | null => {
    if (numericX) {
      const v = asNumber(r[x]);
      return v === null ? null : lin(v);
    }
    const b = band(asKey(r[x]));
    return b === undefined ? null : b + band.bandwidth() / 2;
  };
  const yv = rows.map((r) => asNumber(r[y])).filter((v): v is number => v !== null);
  const ys = scaleLinear().domain([Math.min(0, min(yv) ?? 0), Math.max(0, max(yv) ?? 1)]).nice().range([fr.h, 0]);
  numberAxis(fr, ys, y);
  let rotated = false;
  if (numericX) axisBottom(fr.plot, lin, fr.h, { format: (v) => fr.f.compact(v) });
  else {
    const every = Math.ceil(xKeys.length / 24);
    rotated = bandAxisBottom(fr.plot, band, fr.h, (k) => (xKeys.indexOf(k) % every === 0 ? k : ''));
  }
  axisTitle(fr.plot, x, fr.w / 2, fr.h + (rotated ? 78 : 36), fr.w);
  const g = fr.plot.append('g').attr('class', 'sb-lines');
  seriesKeys.forEach((s, i) => {
    const pts = rows
      .filter((r) => !colorField || asKey(r[colorField]) === s)
      .map((r) => ({ x: px(r), y: asNumber(r[y]), r }))
      .filter((p): p is { x: number; y: number; r: ChartRow } => p.x !== null && p.y !== null);
    if (numericX) pts.sort((a, b) => a.x - b.x);
    const color = schemeTableau10[i % schemeTableau10.length];
    if (filled) {
      const a = area<{ x: number; y: number }>().x((p) => p.x).y0(ys(0)).y1((p) => ys(p.y));
      g.append('path').attr('d', a(pts) ?? '').attr('fill', color).attr('fill-opacity', 0.25).attr('stroke', 'none');
    }
    const l = line<{ x: number; y: number }>().x((p) => p.x).y((p) => ys(p.y));
    g.append('path').attr('class', 'sb-mark').attr('data-key', s).attr('d', l(pts) ?? '')
      .attr('fill', 'none').attr('stroke', color).attr('stroke-width', 2);
    if (pts.length <= 120) {
      for (const p of pts) {
        g.append('circle').attr('cx', p.x).attr('cy', ys(p.y)).attr('r', 2.5).attr('fill', color)
          .append('title').text(`${colorField ? `${s} · ` : ''}${asKey(p.r[x])}: ${fr.f.num(p.y, Number.isInteger(p.y) ? 0 : 2)}`);
      }
    }
  });
  if (colorField) swatchLegend(fr.plot, 0, -2, seriesKeys.map((s, i) => ({ label: s, color: schemeTableau10[i % 10], line: true })), fr.w);
}

function scatter(fr: Frame, rows: ChartRow[], spec: ChartSpec, x: string, y: string, lorenz: boolean): void {
  const pts = rows.map((r) => ({ x: asNumber(r[x]), y: asNumber(r[y]), r })).filter((p): p is { x: number; y: number; r: ChartRow } => p.x !== null && p.y !== null);
  const xe = extent(pts, (p) => p.x);
  const ye = extent(pts, (p) => p.y);
  const xs = scaleLinear().domain(lorenz ? [0, Math.max(1, xe[1] ?? 1)] : [xe[0] ?? 0, xe[1] ?? 1]).nice().range([0, fr.w]);
  const ys = scaleLinear().domain(lorenz ? [0, Math.max(1, ye[1] ?? 1)] : [Math.min(0, ye[0] ?? 0), ye[1] ?? 1]).nice().range([fr.h, 0]);
  numberAxis(fr, ys, y);
  axisBottom(fr.plot, xs, fr.h, { format: (v) => fr.f.compact(v) });
  axisTitle(fr.plot, x, fr.w / 2, fr.h + 36, fr.w);
  const g = fr.plot.append('g').attr('class', lorenz ? 'sb-lorenz' : 'sb-points');
  if (lorenz) {
    const top = Math.max(1, xe[1] ?? 1);
    g.append('line').attr('x1', xs(0)).attr('y1', ys(0)).attr('x2', xs(top)).attr('y2', ys(top))
      .attr('stroke', RULE).attr('stroke-dasharray', '4 3');
    const sorted = [{ x: 0, y: 0 }, ...pts.sort((a, b) => a.x - b.x)];
    const l = line<{ x: number; y: number }>().x((p) => xs(p.x)).y((p) => ys(p.y));
    g.append('path').attr('class', 'sb-mark').attr('d', l(sorted) ?? '').attr('fill', 'none')
      .attr('stroke', schemeTableau10[0]).attr('stroke-width', 2);
    return;
  }
  const colorField = spec.fields.color;
  const groups = colorField ? distinct(pts.map((p) => asKey(p.r[colorField]))).slice(0, MAX_SERIES) : [];
  for (const p of pts.slice(0, 5000)) {
    const gi = colorField ? groups.indexOf(asKey(p.r[colorField])) : 0;
    g.append('circle').attr('class', 'sb-mark').attr('cx', xs(p.x)).attr('cy', ys(p.y)).attr('r', 3)
      .attr('fill', gi < 0 ? '#bbbbbb' : schemeTableau10[gi % 10]).attr('fill-opacity', 0.7);
  }
  if (colorField) swatchLegend(fr.plot, 0, -2, groups.map((s, i) => ({ label: s, color: schemeTableau10[i % 10] })), fr.w);
}

function heatmap(fr: Frame, rows: ChartRow[], x: string, y: string, c: string): void {
  const xKeys = distinct(rows.map((r) => asKey(r[x]))).slice(0, MAX_CATEGORIES);
  const yKeys = distinct(rows.map((r) => asKey(r[y]))).slice(0, MAX_CATEGORIES);
  const xs = scaleBand<string>().domain(xKeys).range([0, fr.w]).padding(0.04);
  const ys = scaleBand<string>().domain(yKeys).range([0, fr.h]).padding(0.04);
  const values = rows.map((r) => asNumber(r[c])).filter((v): v is number => v !== null);
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 1;
  const t = (v: number) => (hi > lo ? (v - lo) / (hi - lo) : 0.5);
  const g = fr.plot.append('g').attr('class', 'sb-heatmap');
  for (const r of rows) {
    const kx = asKey(r[x]);
    const ky = asKey(r[y]);
    const v = asNumber(r[c]);
    const cx = xs(kx);
    const cy = ys(ky);
    if (cx === undefined || cy === undefined || v === null) continue;
    g.append('rect').attr('class', 'sb-mark').attr('data-key', `${kx},${ky}`).attr('x', cx).attr('y', cy)
      .attr('width', xs.bandwidth()).attr('height', ys.bandwidth()).attr('fill', heat(t(v)))
      .append('title').text(`${ky} · ${kx}: ${fr.f.num(v, Number.isInteger(v) ? 0 : 3)}`);
  }
  const axis = fr.plot.append('g').attr('class', 'sb-axis sb-axis-y');
  for (const k of yKeys) {
    axis.append('text').attr('x', -6).attr('y', (ys(k) ?? 0) + ys.bandwidth() / 2).attr('dy', '0.32em')
      .attr('text-anchor', 'end').attr('font-size', 10.5).attr('fill', MUTED).text(truncate(k, M.left - 10, 10.5));
  }
  const rotated = bandAxisBottom(fr.plot, xs, fr.h, (k) => k);
  axisTitle(fr.plot, x, fr.w / 2, fr.h + (rotated ? 78 : 36), fr.w);
}

function pairedBars(fr: Frame, rows: ChartRow[], spec: ChartSpec, x: string, y: string): void {
  const labelField = spec.fields.label ?? spec.fields.color;
  const data = rows.slice(0, MAX_CATEGORIES).map((r, i) => ({ k: labelField ? asKey(r[labelField]) : String(i + 1), a: asNumber(r[x]) ?? 0, b: asNumber(r[y]) ?? 0 }));
  const keys = distinct(data.map((d) => d.k));
  const ys = scaleBand<string>().domain(keys).range([0, fr.h]).padding(0.2);
  const xs = scaleLinear().domain([0, Math.max(max(data, (d) => Math.max(d.a, d.b)) ?? 1, 0)]).nice().range([0, fr.w]);
  axisBottom(fr.plot, xs, fr.h, { format: (v) => fr.f.compact(v), grid: fr.h });
  const g = fr.plot.append('g').attr('class', 'sb-paired');
  const half = ys.bandwidth() / 2;
  for (const d of data) {
    const top = ys(d.k) ?? 0;
    [d.a, d.b].forEach((v, j) => {
      g.append('rect').attr('class', 'sb-mark').attr('data-key', d.k).attr('x', 0).attr('y', top + j * half)
        .attr('width', Math.max(0, xs(v))).attr('height', half - 1).attr('fill', schemeTableau10[j])
        .append('title').text(`${d.k} · ${j === 0 ? x : y}: ${fr.f.num(v, Number.isInteger(v) ? 0 : 2)}`);
    });
    fr.plot.append('text').attr('x', -6).attr('y', top + half).attr('dy', '0.32em').attr('text-anchor', 'end')
      .attr('font-size', 10.5).attr('fill', MUTED).text(truncate(d.k, M.left - 10, 10.5));
  }
  swatchLegend(fr.plot, 0, fr.h + 40, [{ label: x, color: schemeTableau10[0] }, { label: y, color: schemeTableau10[1] }], fr.w);
}

/**
 * A chart of a cell's rows as its ChartSpec says: bar (x categories, y values), line and area
 * (one series per `color` value), scatter, heatmap (x, y categories, `color` values), pyramid
 * (x and y as paired bars per `label`), lorenz (cumulative x against y, with the diagonal).
 * Every text goes in with D3 `.text()`, so values are never read as markup.
 */
export function renderCellChart(rows: ChartRow[], spec: ChartSpec, opts: CellChartOptions = {}): SVGSVGElement {
  const ctx = context(opts);
  const title = opts.title ?? spec.title ?? '';
  const { x, y, color } = spec.fields;
  if (spec.type === 'table' || missingFields(spec).length > 0 || rows.length === 0 || !x || !y) {
    return emptyChart(ctx, `cell-${spec.type}`, title, opts.emptyText);
  }
  const left = spec.type === 'heatmap' || spec.type === 'pyramid' ? 96 : M.left;
  const fr = createFrame(ctx, `cell-${spec.type}`, title, opts.reading ?? '', { ...M, left, top: color || spec.type === 'pyramid' ? 16 : M.top });
  switch (spec.type) {
    case 'bar':
      bars(fr, rows, x, y);
      break;
    case 'line':
    case 'area':
      lines(fr, rows, spec, x, y, spec.type === 'area');
      break;
    case 'scatter':
    case 'lorenz':
      scatter(fr, rows, spec, x, y, spec.type === 'lorenz');
      break;
    case 'heatmap':
      if (color) heatmap(fr, rows, x, y, color);
      break;
    case 'pyramid':
      pairedBars(fr, rows, spec, x, y);
      break;
  }
  return finish(fr);
}
