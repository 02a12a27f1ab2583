import type { RfmOptions } from './RfmOptions';
import { checkRfmOptions } from './checkRfmOptions';

/** The per-customer RFM columns that are a function of the customer's own row, as SQL expressions. */
export interface RfmDerived {
  /** Net revenue, or revenue per order (`monetary: 'mean'`), over revenue and frequency. */
  monetary: string;
  /** 100R+10F+M (10000R+100F+M with 10 bins, so cells stay unambiguous) over the scores r, f, m. */
  rfm_cell: string;
  /** The text "RF" (map B's key). */
  rf: string;
  /** Net revenue at or below zero: kept, flagged. */
  m_nonpositive: string;
  /** One order in the window. */
  single_order: string;
}

/**
 * rfmSql's derived columns, one definition for every place that computes them: rfmSql and the
 * sliced customer_rfm build (customerRfmSliceSql) in their SELECTs, customerRfmDdl as the
 * expressions of its computed columns, which must give the very same values.
 */
export function rfmDerivedSql(opts: RfmOptions = {}): RfmDerived {
  const { bins, monetary } = checkRfmOptions(opts);
  return {
    monetary: monetary === 'total' ? 'revenue' : 'revenue / frequency',
    rfm_cell: bins === 10 ? '10000 * r + 100 * f + m' : '100 * r + 10 * f + m',
    rf: 'r::VARCHAR || f::VARCHAR',
    m_nonpositive: 'revenue <= 0',
    single_order: 'frequency = 1',
  };
}
