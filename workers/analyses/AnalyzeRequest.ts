import type { ClvFormulasRequest } from './runClvFormulas';

/** The analyses the headless door and the engine can run (CONTRACT.md keys). */
export const ANALYSIS_NAMES = ['rfm', 'pyramid', 'cohorts', 'clv', 'lifecycle', 'matrix', 'basket', 'contribution', 'clv_formulas'] as const;
export type AnalysisName = (typeof ANALYSIS_NAMES)[number];

/** Options shared by the analyses; every field has the ANALYSES.md default when absent. */
export interface AnalyzeRequest {
  analyses: AnalysisName[];
  /** YYYY-MM-DD; default the day after the last order. */
  refDate?: string;
  /** CLV: fit on orders up to this date (YYYY-MM-DD); default: all orders. */
  calibrationEnd?: string;
  clvUnit?: 'day' | 'week' | 'month';
  /** clv_formulas: period, discount rate, horizon and groups of the textbook CLV formulas. */
  clvFormulas?: ClvFormulasRequest;
}
