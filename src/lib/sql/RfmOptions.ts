import type { WindowOptions } from './WindowOptions';

/** Options of the RFM builders (ANALYSES.md section 1); every field has the documented default. */
export interface RfmOptions extends WindowOptions {
  /** Score levels: 3, 4, 5 (default) or 10. */
  bins?: number;
  /** M = net total over the window (default) or mean order value. */
  monetary?: 'total' | 'mean';
  /** Value quantile cut points (default) or equal-size NTILE bins over a rank. */
  binning?: 'quantile' | 'rank';
  /**
   * A table that already holds customerBaseSql's rows for this window (prepareOverviewSql builds
   * it in parts on big data); the RFM reads it instead of aggregating the transactions.
   */
  base?: string;
}
