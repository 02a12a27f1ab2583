import type { TierSet } from './TierSet';

/** The tier names of a set, top down, the non-positive tier (if any) last. */
export function tierNames(set: TierSet): string[] {
  return [...set.tiers.map((t) => t.name), ...(set.nonPositive === undefined ? [] : [set.nonPositive])];
}
