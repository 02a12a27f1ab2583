import type { G } from './frame';
import { MUTED } from './palette';
import { truncate, wrap } from './text';

/**
 * A stepped colour legend (no gradient, so no element ids that could clash between charts):
 * `colors` low to high, `lo` and `hi` the labels at both ends; the title wraps to two lines.
 */
export function stepLegend(g: G, x: number, y: number, title: string, colors: string[], lo: string, hi: string, maxWidth: number): void {
  const lg = g.append('g').attr('class', 'sb-legend').attr('transform', `translate(${x},${y})`);
  const lines = wrap(title, maxWidth, 10.5, 2);
  const head = lg.append('text').attr('font-size', 10.5).attr('fill', MUTED);
  lines.forEach((line, i) => head.append('tspan').attr('x', 0).attr('y', i * 13).text(line));
  const top = 6 + (lines.length - 1) * 13;
  const sw = Math.min(24, (maxWidth - 4) / Math.max(1, colors.length));
  colors.forEach((c, i) => {
    lg.append('rect').attr('x', i * sw).attr('y', top).attr('width', sw).attr('height', 10)
      .attr('fill', c).attr('stroke', '#ffffff').attr('stroke-width', 0.5);
  });
  lg.append('text').attr('y', top + 22).attr('font-size', 10).attr('fill', MUTED).text(lo);
  lg.append('text').attr('x', colors.length * sw).attr('y', top + 22).attr('text-anchor', 'end')
    .attr('font-size', 10).attr('fill', MUTED).text(hi);
}

/** One legend entry. */
export interface SwatchItem { label: string; color: string; dash?: string; line?: boolean }

/** A row of labelled swatches (or line samples) starting at x, y. */
export function swatchLegend(g: G, x: number, y: number, items: SwatchItem[], maxWidth: number): void {
  const lg = g.append('g').attr('class', 'sb-legend').attr('transform', `translate(${x},${y})`);
  const slot = maxWidth / Math.max(1, items.length);
  items.forEach((item, i) => {
    const ox = i * slot;
    if (item.line) {
      lg.append('line').attr('x1', ox).attr('x2', ox + 16).attr('y1', 0).attr('y2', 0)
        .attr('stroke', item.color).attr('stroke-width', 2).attr('stroke-dasharray', item.dash ?? null);
    } else {
      lg.append('rect').attr('x', ox).attr('y', -5).attr('width', 12).attr('height', 10).attr('fill', item.color);
    }
    lg.append('text').attr('x', ox + 20).attr('dy', '0.32em').attr('font-size', 10.5).attr('fill', MUTED)
      .text(truncate(item.label, slot - 24, 10.5));
  });
}
