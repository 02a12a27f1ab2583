/**
 * The quantile score of `value` against the cut list `cuts` (from quantileCutsSql):
 * 1 + #{k : value > c_k}, so equal values share a score and a value equal to a cut point takes
 * the lower bin (ANALYSES.md section 1). `reversed` gives B+1 minus that (recency: fewer days,
 * higher score).
 */
export function quantileScoreSql(value: string, cuts: string, bins: number, reversed = false): string {
  const terms = Array.from({ length: bins - 1 }, (_, i) => `(${value} > ${cuts}[${i + 1}])::INTEGER`);
  const score = `1 + ${terms.join(' + ')}`;
  return reversed ? `${bins + 1} - (${score})` : `${score}`;
}
