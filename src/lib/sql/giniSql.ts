import { sqlIdent } from './sqlIdent';

/**
 * The Gini coefficient of max(value, 0) over a per-customer relation (column `value`, from
 * pyramidSql): G = sum_i (2i - n - 1) x_(i) / (n sum x), x ascending; the area form of the
 * Lorenz curve, without small-sample correction. NULL when there are no customers or no
 * positive value.
 */
export function giniSql(opts: { source?: string; column?: string } = {}): string {
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  const col = sqlIdent(opts.column ?? 'value');
  return `WITH x AS (SELECT greatest(coalesce(${col}, 0), 0) AS x FROM ${src}),
o AS (SELECT x, row_number() OVER (ORDER BY x) AS i, count(*) OVER () AS n FROM x)
SELECT sum((2 * i - n - 1) * x) / nullif(any_value(n) * sum(x), 0) AS gini FROM o`;
}
