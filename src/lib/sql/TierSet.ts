/**
 * Pyramid tiers by cumulative share of customers, top down (ANALYSES.md section 2). The last
 * tier takes the rest whatever its share says. `nonPositive`, when set, names an extra bottom
 * tier that takes every customer whose value is <= 0 first (Zeithaml's Lead: they cost money).
 */
export interface TierSet {
  tiers: { name: string; share: number }[];
  nonPositive?: string;
}
