/**
 * The pyramid's rank of a customer (1 = highest value; NULL values last; ties by customer id
 * ascending, so reruns rank alike), as a window expression over rows with `value` and `id`:
 * ANALYSES.md section 2. One definition for both places that rank (pyramidSql, which
 * customerRfmSql builds on, and the sliced build's customerRfmRanksSql), so their ranks agree.
 */
export function valueRankSql(value: string, id: string): string {
  return `row_number() OVER (ORDER BY ${value} DESC NULLS LAST, ${id})::INTEGER`;
}
