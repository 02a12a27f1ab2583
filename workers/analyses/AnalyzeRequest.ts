import type { ClvFormulasRequest } from './runClvFormulas';

/** The analyses the headless door and the engine can run (CONTRACT.md keys). */
export const ANALYSIS_NAMES = ['rfm', 'pyramid', 'cohorts', 'clv', 'lifecycle', 'matrix', 'basket', 'contribution'] as const;
export type AnalysisName = (typeof ANALYSIS_NAMES)[number];

/** Options shared by the analyses; every field has the ANALYSES.md default when absent. */
export interface AnalyzeRequest {
  analyses: AnalysisName[];
  /** YYYY-MM-DD; default the day after the last order. */
  refDate?: string;
  /** CLV: fit on orders up to this date (YYYY-MM-DD); default: all orders. */
  calibrationEnd?: string;
  clvUnit?: 'day' | 'week' | 'month';
  /**
   * When set, also run the textbook CLV formulas (runClvFormulas) with these options, under the
   * key clv_formulas: period, discount rate, horizon and groups.
   */
  clvFormulas?: ClvFormulasRequest;
}
