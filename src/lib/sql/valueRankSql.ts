/**
 * The pyramid's rank of a customer (1 = highest value; NULL values last; ties by customer id
 * ascending, so reruns rank alike), as a window expression over rows with `value` and `id`:
 * ANALYSES.md section 2. pyramidSql (which customerRfmSql builds on) ranks with it; the sliced
 * build's customerRfmRanksSql numbers in the same order one range of values at a time
 * (rangedRowNumberSql), and its test checks the two agree.
 */
export function valueRankSql(value: string, id: string): string {
  return `row_number() OVER (ORDER BY ${value} DESC NULLS LAST, ${id})::INTEGER`;
}
