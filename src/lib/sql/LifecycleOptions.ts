import type { WindowOptions } from './WindowOptions';

/** The stage rules' parameters (ANALYSES.md section 5); defaults in lifecycleSql. */
export interface LifecycleRules {
  /** exploration: first order fewer than this many days before ref_date (90). */
  explorationDays?: number;
  /** Length of the "recent" and "prior" order-count windows (180). */
  windowDays?: number;
  /** formation: recent orders > growthFactor x prior orders (1: any growth). */
  growthFactor?: number;
  /** decline: prior orders > declineFactor x recent orders (1.5). */
  declineFactor?: number;
  /** decline: no order for more than this many mean intervals (2). */
  declineIntervals?: number;
  /** lost: no order for more than max(lostDays, lostIntervals x mean interval) (365, 3). */
  lostDays?: number;
  lostIntervals?: number;
  /** lost: P(alive) below this (0.1), when a `pAlive` table is given. */
  pAliveBelow?: number;
}

/** Options of lifecycleSql. */
export interface LifecycleOptions extends WindowOptions, LifecycleRules {
  /** Per-customer P(alive) (e.g. the BG/NBD fit); matched on `id` (default customer_id). */
  pAlive?: { table: string; column: string; id?: string };
}
