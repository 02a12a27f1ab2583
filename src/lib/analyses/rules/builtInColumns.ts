import { cn8Map } from '../../sql/cn8Map';
import { rf10Map } from '../../sql/rf10Map';
import { rfm10Map } from '../../sql/rfm10Map';

/**
 * What customer_rfm's segment columns hold right after prepareOverview: maps A, B, C as built in,
 * as map JSON by name (loadSegments compares the maps in use with it).
 */
export function builtInColumns(): Record<string, string> {
  return Object.fromEntries([rfm10Map, rf10Map, cn8Map].map((m) => [m.name, JSON.stringify(m)]));
}
