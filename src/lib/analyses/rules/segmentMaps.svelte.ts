import { segmentCaseSql } from '../../sql/segmentCaseSql';
import type { SegmentMap } from '../../sql/SegmentMap';
import { builtInMap } from './builtInMap';

const KEY = 'segbook.segmentMaps';

/** The name (and column suffix, `segment_custom`) of the user's own map. */
export const CUSTOM_MAP = 'custom';

interface Stored {
  /** Edited built-in maps by name; a map absent here is the built-in one. */
  overrides: Record<string, SegmentMap>;
  custom: SegmentMap | null;
}

// A stored map is used only if it still compiles: a hand-edited or older entry is left out
// rather than breaking the segment view.
function usable(m: unknown): m is SegmentMap {
  try {
    // SAFETY: segmentCaseSql checks the name, the rules and every condition, and throws otherwise.
    segmentCaseSql(m as SegmentMap);
    return true;
  } catch {
    return false;
  }
}

function load(): Stored {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}');
    // SAFETY: every field read below is checked before use.
    const o = (raw ?? {}) as Partial<Stored>;
    const overrides = Object.fromEntries(Object.entries(o.overrides ?? {}).filter(([k, m]) => builtInMap(k) && usable(m) && m.name === k));
    return { overrides, custom: usable(o.custom) && o.custom.name === CUSTOM_MAP ? o.custom : null };
  } catch {
    return { overrides: {}, custom: null };
  }
}

/** The user's segment maps, kept in this browser: edits of maps A, B, C and the user's own map. */
export const segmentMaps = $state<Stored>(load());

/**
 * Bumped whenever customer_rfm's segment columns are rewritten, so views that show them (the
 * customer list) read them again.
 */
export const segmentColumns = $state({ writes: 0 });

function persist(): void {
  globalThis.localStorage?.setItem(KEY, JSON.stringify($state.snapshot(segmentMaps)));
}

/** The maps in use, in display order: A, B, C (as edited) and the user's own map when there is one. */
export function mapsInUse(): SegmentMap[] {
  const maps = ['rfm10', 'rf10', 'cn8'].map((n) => segmentMaps.overrides[n] ?? builtInMap(n)!);
  return segmentMaps.custom ? [...maps, segmentMaps.custom] : maps;
}

/** Keep `map` as the one in use under its name (an edit of A, B or C, or the user's own map). */
export function saveMap(map: SegmentMap): void {
  if (map.name === CUSTOM_MAP) segmentMaps.custom = map;
  else if (builtInMap(map.name)) segmentMaps.overrides = { ...segmentMaps.overrides, [map.name]: map };
  else throw new Error(`unknown segment map: ${map.name} (expected rfm10, rf10, cn8 or ${CUSTOM_MAP})`);
  persist();
}

/** Go back to the built-in rules of map `name`. */
export function resetMap(name: string): void {
  const { [name]: _, ...rest } = segmentMaps.overrides;
  segmentMaps.overrides = rest;
  persist();
}

/** Delete the user's own map. */
export function removeCustomMap(): void {
  segmentMaps.custom = null;
  persist();
}
