import { cn8Map } from '../../sql/cn8Map';
import { rf10Map } from '../../sql/rf10Map';
import { rfm10Map } from '../../sql/rfm10Map';
import type { SegmentMap } from '../../sql/SegmentMap';

const BUILT_IN: Record<string, SegmentMap> = { rfm10: rfm10Map, rf10: rf10Map, cn8: cn8Map };

/** The built-in map of that name (rfm10, rf10, cn8: maps A, B, C), or null for a user's own map. */
export function builtInMap(name: string): SegmentMap | null {
  return Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name]! : null;
}
