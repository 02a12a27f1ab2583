import type { RfmOptions } from './RfmOptions';

const BINS = [3, 4, 5, 10];

/** Validate RFM options and fill the defaults; throws `invalid bins: 0 (expected 3, 4, 5 or 10)`. */
export function checkRfmOptions(opts: RfmOptions = {}): Required<Pick<RfmOptions, 'bins' | 'monetary' | 'binning'>> {
  const bins = opts.bins ?? 5;
  if (!BINS.includes(bins)) throw new Error(`invalid bins: ${String(bins)} (expected 3, 4, 5 or 10)`);
  const monetary = opts.monetary ?? 'total';
  if (monetary !== 'total' && monetary !== 'mean') {
    throw new Error(`invalid monetary: ${String(monetary)} (expected total or mean)`);
  }
  const binning = opts.binning ?? 'quantile';
  if (binning !== 'quantile' && binning !== 'rank') {
    throw new Error(`invalid binning: ${String(binning)} (expected quantile or rank)`);
  }
  return { bins, monetary, binning };
}
