import type { Selection } from '../../../workers/protocol';

/**
 * The selection after a brush over the marks `keys` of a chart (`source`, `column` as in
 * toggledSelection): those marks, each once, or with `additive` added to that chart's selection.
 * No keys at all is no selection (null), as charts expect.
 */
export function brushedSelection(current: Selection | null, source: Selection['source'], keys: readonly string[], additive: boolean, column?: string): Selection | null {
  const base = additive && current?.source === source && current.column === column ? current.keys : [];
  const all = [...new Set([...base, ...keys])];
  return all.length === 0 ? null : column === undefined ? { source, keys: all } : { source, keys: all, column };
}
