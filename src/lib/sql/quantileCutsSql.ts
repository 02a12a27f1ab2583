/**
 * The B-1 inner cut points of `column` as one DOUBLE[] aggregate:
 * quantile_cont(x, [1/B, ..., (B-1)/B]), linear interpolation (R type 7, numpy's default).
 * The fractions are written as `k/B` so DuckDB computes the same doubles as any other tool.
 */
export function quantileCutsSql(column: string, bins: number): string {
  const ks = Array.from({ length: bins - 1 }, (_, i) => `${i + 1}/${bins}`);
  return `quantile_cont(${column}::DOUBLE, [${ks.join(', ')}])`;
}
