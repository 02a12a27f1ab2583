import { select, type Selection } from 'd3';
import { formats, type Formats } from './format';
import { label, type LabelKey } from './labels';
import { INK, MUTED } from './palette';
import { truncate, wrap } from './text';
import type { ChartLocale, ChartOptions } from './types';

/** The chart's root selection. */
export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
/** A group selection inside a chart. */
export type G = Selection<SVGGElement, unknown, null, undefined>;

/** Space around the plot area, inside the header. */
export interface Margins { top: number; right: number; bottom: number; left: number }

/** Resolved options and helpers for one render. */
export interface Context {
  doc: Document;
  width: number;
  height: number;
  locale: ChartLocale;
  currency: string;
  f: Formats;
  t: (key: LabelKey, vars?: Record<string, string | number>) => string;
  opts: ChartOptions;
}

/** A chart under construction: `plot` is translated to the plot area of size `w` x `h`. */
export interface Frame extends Context { svg: Svg; plot: G; w: number; h: number }

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', " +
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** Resolves defaults (640 x 400, en, USD, the global document). */
export function context(opts: ChartOptions): Context {
  const doc = opts.document ?? globalThis.document;
  if (!doc) throw new Error('no document: pass options.document when rendering outside a browser');
  const locale: ChartLocale = opts.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const currency = opts.currency ?? 'USD';
  return {
    doc,
    width: Math.max(120, opts.width ?? 640),
    height: Math.max(100, opts.height ?? 400),
    locale,
    currency,
    f: formats(locale, currency),
    t: (key, vars) => label(locale, key, vars),
    opts,
  };
}

/** Creates the root `<svg>` with its title, reading line and accessible name. */
export function createFrame(ctx: Context, chart: string, title: string, reading: string, m: Margins): Frame {
  const { doc, width, height, opts } = ctx;
  const interactive = typeof opts.onSelect === 'function';
  const svg: Svg = select(doc.createElementNS(SVG_NS, 'svg'));
  svg
    .attr('xmlns', SVG_NS)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('class', 'sb-chart')
    .attr('data-chart', chart)
    // role=img hides its children from assistive tech, so interactive charts are figures
    .attr('role', interactive ? 'figure' : 'img')
    .attr('aria-label', reading ? `${title}. ${reading}` : title)
    .attr('font-family', FONT)
    .attr('font-size', 12)
    .attr('fill', INK);
  svg.style('font-variant-numeric', 'tabular-nums');
  svg.append('title').text(title);
  svg.append('desc').text(reading);
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#ffffff');
  svg.append('text').attr('class', 'sb-title').attr('x', 8).attr('y', 20)
    .attr('font-size', 15).attr('font-weight', 600).text(truncate(title, width - 16, 17.5)); // bold runs wider
  const lines = reading ? wrap(reading, width - 16, 12, 2) : [];
  const readingText = svg.append('text').attr('class', 'sb-reading').attr('fill', MUTED);
  lines.forEach((line, i) => readingText.append('tspan').attr('x', 8).attr('y', 38 + 15 * i).text(line));
  const top = 30 + 15 * lines.length + 8 + m.top;
  const w = Math.max(10, width - m.left - m.right);
  const h = Math.max(10, height - top - m.bottom);
  const plot: G = svg.append('g').attr('class', 'sb-plot').attr('transform', `translate(${m.left},${top})`);
  if (interactive && (opts.selected?.length ?? 0) > 0) {
    svg.on('keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape') opts.onSelect?.(null, false);
    });
  }
  return { ...ctx, svg, plot, w, h };
}

/** A chart with its title and a plain message instead of marks (empty data is not an error). */
export function emptyChart(ctx: Context, chart: string, title: string, message?: string): SVGSVGElement {
  const text = message ?? ctx.t('noData');
  const fr = createFrame(ctx, chart, title, text, { top: 0, right: 8, bottom: 8, left: 8 });
  fr.svg.attr('data-empty', 'true');
  fr.plot.append('text').attr('class', 'sb-empty').attr('x', fr.w / 2).attr('y', fr.h / 2)
    .attr('text-anchor', 'middle').attr('fill', MUTED).attr('font-size', 14)
    .text(truncate(text, fr.w, 14));
  return finish(fr);
}

const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform', 'points',
  'dx', 'dy', 'opacity', 'stroke-width', 'font-size']);
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
const round = (n: string) => {
  const r = Math.round(Number(n) * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
};

/**
 * Rounds every number in geometry attributes to 0.01, so output is stable across platforms.
 * Reads each element's own attributes and writes only those that change: a chart of a thousand
 * cells is redrawn on every selection, and asking each element for all geometry names is slow.
 */
export function roundGeometry(root: Element): void {
  const all = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const el of all) {
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (!GEOMETRY.has(a.name)) continue;
      const v = a.value;
      const rounded = v.replace(NUMBER, round);
      if (rounded !== v) a.value = rounded;
    }
  }
}

/** Finishes a chart: rounds its geometry and returns the `<svg>` element. */
export function finish(fr: Frame): SVGSVGElement {
  const node = fr.svg.node();
  // SAFETY: the selection was created from an element two lines into createFrame
  if (!node) throw new Error('chart root missing');
  roundGeometry(node);
  return node;
}
