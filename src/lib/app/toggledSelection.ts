import type { Selection } from '../../../workers/protocol';

/**
 * The selection after a click on the mark `key` of a chart (`source`, and `column` to tell charts
 * of one source apart: a segment map, the value or loyalty matrix). `additive` (a modifier key)
 * toggles the key in that chart's selection; a plain click selects the mark alone, or clears the
 * selection when it was already the only mark selected, so a second click undoes the first.
 * A null key clears it. Null stands for no selection (never empty keys).
 */
export function toggledSelection(current: Selection | null, source: Selection['source'], key: string | null, additive: boolean, column?: string): Selection | null {
  if (key === null) return null;
  const sameChart = current?.source === source && current.column === column;
  const make = (keys: string[]): Selection => (column === undefined ? { source, keys } : { source, keys, column });
  if (additive && sameChart) {
    const keys = current.keys.includes(key) ? current.keys.filter((k) => k !== key) : [...current.keys, key];
    return keys.length ? make(keys) : null;
  }
  const same = sameChart && current.keys.length === 1 && current.keys[0] === key;
  return same ? null : make([key]);
}
