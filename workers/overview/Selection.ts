/**
 * What the user picked in a chart: the chart it came from and the marks' data-keys (a tier name,
 * an "r,f" cell, a cohort label, a matrix cell, a "from..to" band). Empty keys = no selection.
 */
export interface Selection {
  /**
   * pyramid, rfm, cohorts, segment: customer_rfm columns (cell keys, pre-aggregated); stage:
   * customer_stage; matrix: customer_matrix; rank: a band "from..to" of customer shares ranked
   * by value, best first as the Lorenz chart draws them (0 <= from < to <= 1).
   */
  source: 'pyramid' | 'rfm' | 'cohorts' | 'segment' | 'stage' | 'matrix' | 'rank';
  keys: string[];
  /** For source 'segment': which segment map column (e.g. segment_rfm10); for 'matrix': value or loyalty. */
  column?: string;
}
