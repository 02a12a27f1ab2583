import type { BaseType, Selection } from 'd3';
import { DIM_OPACITY } from './palette';
import type { ChartOptions } from './types';

/** How a mark is drawn given the current selection. */
export type MarkState = 'selected' | 'dimmed' | 'normal';

/** Returns the state of a key: with an empty selection everything is 'normal'. */
export function markState(opts: ChartOptions): (key: string) => MarkState {
  const selected = new Set(opts.selected ?? []);
  return (key) => (selected.size === 0 ? 'normal' : selected.has(key) ? 'selected' : 'dimmed');
}

/**
 * Makes marks selectable: sets `data-key`, dims marks outside the selection, and when
 * `onSelect` is given adds click, Enter and Space handling; `focusable` marks get tabindex=0
 * and a button role with `labelOf` as the accessible name.
 */
export function bindMarks<E extends BaseType, D, P extends BaseType>(
  sel: Selection<E, D, P, unknown>,
  keyOf: (d: D) => string,
  labelOf: (d: D) => string,
  opts: ChartOptions,
  focusable = true,
): void {
  const state = markState(opts);
  sel
    .attr('data-key', (d) => keyOf(d))
    .classed('sb-mark', true)
    .classed('sb-selected', (d) => state(keyOf(d)) === 'selected')
    .classed('sb-dimmed', (d) => state(keyOf(d)) === 'dimmed')
    .attr('opacity', (d) => (state(keyOf(d)) === 'dimmed' ? DIM_OPACITY : null));
  const onSelect = opts.onSelect;
  if (!onSelect) return;
  const selected = opts.selected ?? [];
  const choose = (key: string, additive: boolean) => {
    if (!additive && selected.length === 1 && selected[0] === key) onSelect(null, false);
    else onSelect(key, additive);
  };
  sel.attr('cursor', 'pointer')
    .on('click', (event: Event, d) => choose(keyOf(d), additive(event)));
  if (!focusable) return;
  sel
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (d) => labelOf(d))
    .attr('aria-pressed', (d) => String(state(keyOf(d)) === 'selected'))
    .on('keydown', (event: Event, d) => {
      // SAFETY: d3 types the event loosely; keydown events are KeyboardEvents
      const key = (event as Partial<KeyboardEvent>).key;
      if (key !== 'Enter' && key !== ' ') return;
      event.preventDefault();
      choose(keyOf(d), additive(event));
    });
}

function additive(event: Event): boolean {
  // SAFETY: only read optional modifier flags, present on mouse and keyboard events
  const m = event as Partial<MouseEvent>;
  return Boolean(m.shiftKey || m.ctrlKey || m.metaKey);
}

/** Stroke for a mark's outline: dark and thick when selected, none otherwise. */
export function selectedStroke(state: MarkState): { stroke: string | null; width: number | null } {
  return state === 'selected' ? { stroke: '#000000', width: 2 } : { stroke: null, width: null };
}
