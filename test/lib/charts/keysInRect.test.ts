import { describe, expect, it } from 'vitest';
import { keysInRect } from '../../../src/lib/charts/keysInRect';

const BOXES = [
  { key: 'a', x0: 0, y0: 0, x1: 10, y1: 10 },
  { key: 'b', x0: 10, y0: 0, x1: 20, y1: 10 },
  { key: 'c', x0: 0, y0: 10, x1: 10, y1: 20 },
  { key: 'a', x0: 20, y0: 0, x1: 30, y1: 10 },
];

describe('keysInRect()', () => {
  it('keysInRect() lists the boxes a rectangle overlaps, in their order, each key once', () => {
    expect(keysInRect(BOXES, [[5, 5], [25, 8]])).toEqual(['a', 'b']);
    // Dragged up and to the left: the same rectangle.
    expect(keysInRect(BOXES, [[8, 15], [2, 2]])).toEqual(['a', 'c']);
  });

  it('keysInRect() does not count touching an edge, and finds nothing outside', () => {
    expect(keysInRect(BOXES, [[10, 0], [10, 20]])).toEqual([]);
    expect(keysInRect(BOXES, [[10, 0], [10.5, 5]])).toEqual(['b']);
    expect(keysInRect(BOXES, [[40, 40], [50, 50]])).toEqual([]);
    expect(keysInRect([], [[0, 0], [10, 10]])).toEqual([]);
  });

  it('keysInRect() takes rows of unbounded width', () => {
    const rows = [{ key: 'r1', x0: -Infinity, y0: 0, x1: Infinity, y1: 5 }, { key: 'r2', x0: -Infinity, y0: 5, x1: Infinity, y1: 10 }];
    expect(keysInRect(rows, [[-100, 4], [0, 6]])).toEqual(['r1', 'r2']);
  });
});
