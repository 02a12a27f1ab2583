import type { ScaleBand, ScaleLinear } from 'd3';
import type { G } from './frame';
import { MUTED, RULE } from './palette';
import { textWidth, truncate } from './text';

const TICK_FONT = 10.5;

/** Options of a numeric axis. */
export interface AxisOptions {
  /** Approximate number of ticks (default 5). */
  ticks?: number;
  format: (v: number) => string;
  /** Length of grid lines across the plot; none when 0 or absent. */
  grid?: number;
}

/** Horizontal numeric axis at `y` in plot coordinates. */
export function axisBottom(g: G, x: ScaleLinear<number, number>, y: number, o: AxisOptions): void {
  const axis = g.append('g').attr('class', 'sb-axis sb-axis-x').attr('transform', `translate(0,${y})`);
  const [r0, r1] = x.range();
  axis.append('line').attr('x1', r0).attr('x2', r1).attr('stroke', RULE);
  for (const v of x.ticks(o.ticks ?? 5)) {
    const px = x(v);
    if (o.grid) axis.append('line').attr('x1', px).attr('x2', px).attr('y1', -o.grid).attr('y2', 0).attr('stroke', '#ececec');
    axis.append('line').attr('x1', px).attr('x2', px).attr('y2', 4).attr('stroke', RULE);
    axis.append('text').attr('x', px).attr('y', 16).attr('text-anchor', 'middle')
      .attr('font-size', TICK_FONT).attr('fill', MUTED).text(o.format(v));
  }
}

/** Vertical numeric axis at `x`; `side` puts the labels left (default) or right of the line. */
export function axisLeft(g: G, y: ScaleLinear<number, number>, x: number, o: AxisOptions, side: 'left' | 'right' = 'left'): void {
  const axis = g.append('g').attr('class', `sb-axis sb-axis-${side === 'left' ? 'y' : 'y2'}`).attr('transform', `translate(${x},0)`);
  const [r0, r1] = y.range();
  const dir = side === 'left' ? -1 : 1;
  axis.append('line').attr('y1', r0).attr('y2', r1).attr('stroke', RULE);
  for (const v of y.ticks(o.ticks ?? 5)) {
    const py = y(v);
    if (o.grid) axis.append('line').attr('x1', 0).attr('x2', -dir * o.grid).attr('y1', py).attr('y2', py).attr('stroke', '#ececec');
    axis.append('line').attr('x2', 4 * dir).attr('y1', py).attr('y2', py).attr('stroke', RULE);
    axis.append('text').attr('x', 7 * dir).attr('y', py).attr('dy', '0.32em')
      .attr('text-anchor', side === 'left' ? 'end' : 'start')
      .attr('font-size', TICK_FONT).attr('fill', MUTED).text(o.format(v));
  }
}

/**
 * Category labels under a band scale; labels wider than a band are truncated (full text in a
 * `<title>`) and, when bands are narrow, turned 35 degrees to fit up to `maxWidth`.
 */
export function bandAxisBottom(g: G, x: ScaleBand<string>, y: number, labelOf: (k: string) => string, maxWidth = 110): boolean {
  const axis = g.append('g').attr('class', 'sb-axis sb-axis-x').attr('transform', `translate(0,${y})`);
  const [r0, r1] = x.range();
  axis.append('line').attr('x1', r0).attr('x2', r1).attr('stroke', RULE);
  const band = x.step();
  const labels = x.domain().map(labelOf);
  const rotate = labels.some((l) => textWidth(l, TICK_FONT) > band - 4);
  x.domain().forEach((k, i) => {
    const full = labels[i];
    const px = (x(k) ?? 0) + x.bandwidth() / 2;
    const shown = truncate(full, rotate ? maxWidth : band - 4, TICK_FONT);
    const text = axis.append('text').attr('font-size', TICK_FONT).attr('fill', MUTED);
    if (rotate) {
      text.attr('transform', `translate(${px},10) rotate(-35)`).attr('text-anchor', 'end').attr('dy', '0.32em');
    } else {
      text.attr('x', px).attr('y', 16).attr('text-anchor', 'middle');
    }
    text.text(shown);
    if (shown !== full) text.append('title').text(full);
  });
  return rotate;
}

/** An axis title; `rotate` turns it to read bottom-up beside a vertical axis. */
export function axisTitle(g: G, text: string, x: number, y: number, maxWidth: number, rotate = false): void {
  const t = g.append('text').attr('class', 'sb-axis-title').attr('font-size', 11.5).attr('fill', MUTED)
    .attr('text-anchor', 'middle');
  if (rotate) t.attr('transform', `translate(${x},${y}) rotate(-90)`);
  else t.attr('x', x).attr('y', y);
  const shown = truncate(text, maxWidth, 11.5);
  t.text(shown);
  if (shown !== text) t.append('title').text(text);
}

/** Text with a white halo, readable on any fill; truncated to `maxWidth` with the full text as a tooltip. */
export function haloText(g: G, text: string, x: number, y: number, maxWidth: number, size = 11, anchor = 'middle'): void {
  const shown = truncate(text, maxWidth, size);
  const t = g.append('text').attr('x', x).attr('y', y).attr('dy', '0.32em').attr('text-anchor', anchor)
    .attr('font-size', size).attr('paint-order', 'stroke').attr('stroke', '#ffffff')
    .attr('stroke-width', 3).attr('stroke-linejoin', 'round').text(shown);
  if (shown !== text) t.append('title').text(text);
}
