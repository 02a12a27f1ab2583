import { session } from './session.svelte';

/**
 * Select the customers of one segment of a segment map (`column` = segment_rfm10, segment_rf10,
 * segment_cn8); every linked chart follows. Selecting the segment that is already the only one
 * selected clears the selection, as a second click on a chart mark does; null clears it.
 */
export function selectSegment(column: string, key: string | null): void {
  const current = session.selection;
  if (key === null) {
    session.selection = null;
    return;
  }
  const same = current?.source === 'segment' && (current.column ?? 'segment_rfm10') === column
    && current.keys.length === 1 && current.keys[0] === key;
  session.selection = same ? null : { source: 'segment', keys: [key], column };
}
