import type { TierSet } from './TierSet';

/**
 * Zeithaml, Rust & Lemon (2001): Platinum / Gold / Iron by rank, Lead = value <= 0. The paper
 * gives no fixed cut points; these defaults (top 5%, next 15%, the rest) are meant to be edited.
 */
export const platinumTierSet: TierSet = {
  tiers: [
    { name: 'Platinum', share: 0.05 },
    { name: 'Gold', share: 0.15 },
    { name: 'Iron', share: 0.8 },
  ],
  nonPositive: 'Lead',
};
