import type { Selection } from '../../../workers/protocol';
import { session } from './session.svelte';

/** A selection the user named: a rule over the per-customer tables (a tier, cells, a segment, a stage), not a list of ids. */
export interface SavedSegment {
  name: string;
  selection: Selection;
}

const KEY = 'segbook.segments';

function load(): SavedSegment[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SavedSegment[]).filter((s) => typeof s?.name === 'string' && Array.isArray(s?.selection?.keys)) : [];
  } catch {
    return [];
  }
}

/** The named segments, kept in this browser (they hold no data, only the rule). */
export const savedSegments = $state<{ list: SavedSegment[] }>({ list: load() });

function persist(): void {
  globalThis.localStorage?.setItem(KEY, JSON.stringify(savedSegments.list));
}

/** Save the current selection under `name` (replacing a segment of the same name). */
export function saveSelection(name: string): void {
  const trimmed = name.trim();
  if (!trimmed || !session.selection) return;
  const selection = $state.snapshot(session.selection);
  savedSegments.list = [...savedSegments.list.filter((s) => s.name !== trimmed), { name: trimmed, selection }];
  persist();
}

/** Make a saved segment the selection again. */
export function applySegment(segment: SavedSegment): void {
  session.selection = { ...segment.selection, keys: [...segment.selection.keys] };
}

export function removeSegment(name: string): void {
  savedSegments.list = savedSegments.list.filter((s) => s.name !== name);
  persist();
}
