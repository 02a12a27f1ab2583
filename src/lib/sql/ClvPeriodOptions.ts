import type { WindowOptions } from './WindowOptions';

/** The period grid and value of the textbook CLV formulas (ANALYSES.md section 4). */
export interface ClvPeriodOptions extends WindowOptions {
  /** Calendar period of I_t, retention and recency states (default year). */
  period?: 'month' | 'quarter' | 'year';
  /**
   * What a period is worth: net revenue (default), or margin (the margin column, else amount -
   * cost; lines with neither count as 0 margin).
   */
  value?: 'revenue' | 'margin';
}
