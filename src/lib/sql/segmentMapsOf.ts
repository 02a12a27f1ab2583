import type { CustomerRfmOptions } from './CustomerRfmOptions';
import type { SegmentMap } from './SegmentMap';
import { cn8Map } from './cn8Map';
import { rf10Map } from './rf10Map';
import { rfm10Map } from './rfm10Map';

/**
 * The segment maps customer_rfm gets a column for (the three textbook maps by default) and how
 * map C compares R, F and M with their means, both checked: customerRfmSql and its sliced
 * build (customerRfmSliceSql) must agree on them.
 */
export function segmentMapsOf(opts: CustomerRfmOptions): { maps: SegmentMap[]; compare: 'values' | 'scores' } {
  const maps = opts.maps ?? [rfm10Map, rf10Map, cn8Map];
  const names = maps.map((m) => m.name);
  if (new Set(names).size !== names.length) throw new Error(`invalid maps: duplicate name in ${names.join(', ')}`);
  const compare = opts.cn8Compare ?? 'values';
  if (compare !== 'values' && compare !== 'scores') {
    throw new Error(`invalid cn8Compare: ${String(compare)} (expected values or scores)`);
  }
  return { maps, compare };
}
