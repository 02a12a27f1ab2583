/**
 * What the user picked in a chart: the chart it came from and the marks' data-keys (a tier name,
 * an "r,f" cell, a cohort label). Empty keys = no selection.
 */
export interface Selection {
  source: 'pyramid' | 'rfm' | 'cohorts' | 'segment' | 'stage';
  keys: string[];
  /** For source 'segment': which segment map column (e.g. segment_rfm10). */
  column?: string;
}
