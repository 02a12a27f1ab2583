import { brush, brushX, brushY, select, type BaseType, type D3BrushEvent, type Selection } from 'd3';

/** A brushed rectangle in plot coordinates: [[x0, y0], [x1, y1]]. */
export type BrushRect = [[number, number], [number, number]];

/**
 * Adds a d3-brush to `host` over `extent` ('xy' a rectangle, 'x' a column band, 'y' a row band).
 * The brush sits below the marks so that a click still reaches them (and their tooltips show);
 * a press on a mark is handed to the brush, so a drag may start anywhere. When a drag ends,
 * `onEnd` gets the rectangle and whether Shift, Ctrl or Cmd was held, and the brush is cleared
 * (the chart is redrawn with the new selection). A plain click is left to the marks.
 */
export function addBrush<HD, HP extends BaseType, E extends BaseType, D, P extends BaseType>(
  host: Selection<SVGGElement, HD, HP, unknown>,
  marks: Selection<E, D, P, unknown> | null,
  kind: 'xy' | 'x' | 'y',
  extent: BrushRect,
  onEnd: (rect: BrushRect, additive: boolean) => void,
): void {
  const b = (kind === 'x' ? brushX() : kind === 'y' ? brushY() : brush()).extent(extent).keyModifiers(false);
  const node = host.insert('g', ':first-child').attr('class', 'sb-brush').node();
  if (!node) return;
  const g = select<SVGGElement, unknown>(node);
  b.on('end', (event: D3BrushEvent<unknown>) => {
    // Programmatic moves (the clear below) have no source event; a click has no selection.
    if (!event.sourceEvent || !event.selection) return;
    const s = event.selection;
    const rect: BrushRect =
      kind === 'x' ? [[s[0] as number, extent[0][1]], [s[1] as number, extent[1][1]]]
      : kind === 'y' ? [[extent[0][0], s[0] as number], [extent[1][0], s[1] as number]]
      // SAFETY: a 2-D brush's selection is [[x0, y0], [x1, y1]].
      : (s as BrushRect);
    const m = event.sourceEvent as Partial<MouseEvent>;
    g.call(b.move, null);
    onEnd(rect, Boolean(m.shiftKey || m.ctrlKey || m.metaKey));
  });
  g.call(b);
  const overlay = g.select<SVGRectElement>('rect.overlay').node();
  if (!marks || !overlay) return;
  marks.on('mousedown.sb-brush', (e) => {
    // SAFETY: a mousedown listener receives MouseEvents.
    const event = e as MouseEvent;
    // The event's own window makes the copy (the chart may live in another document, e.g. JSDOM).
    const view = event.view as (Window & typeof globalThis) | null;
    if (event.button !== 0 || !view?.MouseEvent) return;
    overlay.dispatchEvent(new view.MouseEvent('mousedown', {
      bubbles: true, cancelable: true, view, button: 0, buttons: event.buttons,
      clientX: event.clientX, clientY: event.clientY, screenX: event.screenX, screenY: event.screenY,
      shiftKey: event.shiftKey, metaKey: event.metaKey, altKey: event.altKey,
    }));
  });
}
