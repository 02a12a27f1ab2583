import type { BrushRect } from './brush';

/** A mark's box in plot coordinates and its data-key. */
export interface KeyedBox { key: string; x0: number; y0: number; x1: number; y1: number }

/**
 * The keys of the boxes a brushed rectangle overlaps (touching an edge is not overlapping), in
 * the boxes' order, each once: what a drag over a chart selects.
 */
export function keysInRect(boxes: readonly KeyedBox[], rect: BrushRect): string[] {
  const [[ax, ay], [bx, by]] = rect;
  const x0 = Math.min(ax, bx);
  const x1 = Math.max(ax, bx);
  const y0 = Math.min(ay, by);
  const y1 = Math.max(ay, by);
  const keys = boxes.filter((b) => b.x0 < x1 && b.x1 > x0 && b.y0 < y1 && b.y1 > y0).map((b) => b.key);
  return [...new Set(keys)];
}
