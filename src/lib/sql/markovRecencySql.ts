import type { ClvPeriodOptions } from './ClvPeriodOptions';
import { clvActivitySql } from './clvActivitySql';
import { sqlNumber } from './sqlNumber';

/**
 * The recency Markov chain of the always-a-share model (Pfeifer & Carraway 2000), estimated from
 * complete periods. A customer is in state i at period t when their last order was i - 1 periods
 * before (state 1 = bought in t); the last state k holds everyone k - 1 or more periods away.
 * Between two orders g periods apart a customer passes states 1..g (capped at k) and buys from
 * the last; after the last order, states 1..h with no buy, h = last complete period - last order.
 * Rows per state 1..k: `state`, `visits` (customer-periods in the state whose next period is
 * complete), `buys` (of those, followed by an order), `p_buy` = buys / visits, `customers_now`
 * (customers in the state in the last complete period), `reward` (state 1: mean net revenue or
 * margin of a period with an order; others 0).
 */
export function markovRecencySql(opts: ClvPeriodOptions & { states?: number } = {}): string {
  const states = opts.states ?? 5;
  const k = sqlNumber(states, 'states', 2, 24);
  if (!Number.isInteger(states)) throw new Error(`invalid states: ${states} (expected a whole number 2..24)`);
  return `WITH a AS (
${clvActivitySql(opts)}
),
spans AS (
  SELECT coalesce(next_pn, last_pn) - pn AS len, next_pn IS NOT NULL AS bought, count(*) AS n
  FROM a GROUP BY ALL
),
now AS (
  SELECT least(last_pn - pn + 1, ${k}) AS state, count(*) AS n FROM a WHERE next_pn IS NULL GROUP BY ALL
),
grid AS (SELECT range::INTEGER AS state FROM range(1, ${k} + 1)),
counted AS (
  SELECT grid.state,
    coalesce((SELECT sum(n * CASE WHEN grid.state < ${k} THEN (len >= grid.state)::INTEGER ELSE greatest(0, len - ${k} + 1) END) FROM spans), 0)::INTEGER AS visits,
    coalesce((SELECT sum(n) FROM spans WHERE bought AND CASE WHEN grid.state < ${k} THEN len = grid.state ELSE len >= ${k} END), 0)::INTEGER AS buys,
    coalesce((SELECT sum(n) FROM now WHERE now.state = grid.state), 0)::INTEGER AS customers_now
  FROM grid
)
SELECT state, visits, buys, buys / nullif(visits, 0) AS p_buy, customers_now,
  CASE WHEN state = 1 THEN (SELECT sum(v) / count(*) FROM a) ELSE 0 END AS reward
FROM counted
ORDER BY state`;
}
