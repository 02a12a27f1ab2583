import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';

/**
 * Lorenz curve points of max(value, 0): customer_share (poorest first) and value_share, starting
 * at (0, 0) and ending at (1, 1). With `points`, only the first customer past each 1/points step
 * is kept (enough for a chart of a million customers).
 */
export function lorenzSql(opts: { source?: string; column?: string; points?: number } = {}): string {
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  const col = sqlIdent(opts.column ?? 'value');
  const keep =
    opts.points === undefined
      ? ''
      : (() => {
          const p = sqlNumber(opts.points, 'points', 1, 1e7);
          if (!Number.isInteger(opts.points)) throw new Error(`invalid points: ${opts.points} (expected an integer)`);
          return `\nWHERE i = n OR floor(i * ${p} / n) > floor((i - 1) * ${p} / n)`;
        })();
  return `WITH x AS (SELECT greatest(coalesce(${col}, 0), 0) AS x, customer_id FROM ${src}),
o AS (
  SELECT row_number() OVER w AS i, count(*) OVER () AS n,
    sum(x) OVER w AS cum, sum(x) OVER () AS total
  FROM x WINDOW w AS (ORDER BY x, customer_id ROWS UNBOUNDED PRECEDING)
)
SELECT customer_share, value_share FROM (
  SELECT 0 AS i, 0.0::DOUBLE AS customer_share, 0.0::DOUBLE AS value_share
  UNION ALL
  SELECT i, i / n, coalesce(cum / nullif(total, 0), i / n) FROM o${keep}
) AS pts
ORDER BY i`;
}
