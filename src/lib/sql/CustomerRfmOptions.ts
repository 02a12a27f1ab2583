import type { RfmOptions } from './RfmOptions';
import type { SegmentMap } from './SegmentMap';
import type { TierSet } from './TierSet';
import type { ValueOption } from './ValueOption';

/** Options of customerRfmSql: RFM scoring, the segment maps to apply and the pyramid tiers. */
export interface CustomerRfmOptions extends RfmOptions {
  /** Default [rfm10Map, rf10Map, cn8Map]; each adds a column `segment_<name>`. */
  maps?: SegmentMap[];
  /** Map C's 高/低: compare raw values with their mean (default) or scores with the mean score. */
  cn8Compare?: 'values' | 'scores';
  /** What ranks customers into pyramid tiers; default net revenue. */
  value?: ValueOption;
  tiers?: TierSet;
}
