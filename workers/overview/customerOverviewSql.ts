import { giniSql } from '../../src/lib/sql/giniSql';
import { lorenzBucketsSql } from './lorenzBucketsSql';
import { lorenzSql } from '../../src/lib/sql/lorenzSql';
import { pyramidTiersSql } from '../../src/lib/sql/pyramidTiersSql';
import { rfGridSql } from '../../src/lib/sql/rfGridSql';
import { topShareSql } from '../../src/lib/sql/topShareSql';
import type { OverviewSql } from './OverviewSql';

/**
 * The overview's queries over a per-customer relation `src` (customer_rfm, or the selected rows
 * of it): the path for all customers and for selections that are not cell keys. Also lorenz
 * (customer_share, value_share), gini (g) and top (revenue_share of the top 20%); and, only for
 * all customers (they read the stored value ranks, which are global), `buckets`: the Lorenz
 * steps of lorenzBucketsSql, which give the Lorenz points and the Gini in TypeScript
 * (lorenzFromBuckets) with no sort, and `topRanked`, the top-20% share.
 * For all customers (`src` customer_rfm) retention reads customer_periods whole: every customer
 * in it is in customer_rfm (it is built by a join to it), so the IN filter would only cost a join.
 */
export function customerOverviewSql(src: string, lorenzPoints: number): OverviewSql & { lorenz: string; gini: string; top: string; buckets: string; topRanked: string } {
  const everyone = src === 'customer_rfm';
  return {
    totals: `SELECT (SELECT count(*) FROM ${src}) AS c, (SELECT coalesce(sum(revenue), 0) FROM ${src}) AS rev,
  (SELECT count(*) FROM customer_rfm) AS all_c, (SELECT coalesce(sum(revenue), 0) FROM customer_rfm) AS all_rev,
  (SELECT any_value(ref_date)::VARCHAR FROM customer_rfm) AS ref_date`,
    tiers: pyramidTiersSql({ source: src }),
    grid: rfGridSql({ source: src }),
    retention: `SELECT cohort, period, count(*)::INTEGER AS customers,
  count(*) / max(count(*)) OVER (PARTITION BY cohort) AS rate, sum(revenue) AS revenue
FROM customer_periods${everyone ? '' : ` WHERE customer_id IN (SELECT customer_id FROM ${src})`}
GROUP BY cohort, period ORDER BY cohort, period`,
    lorenz: lorenzSql({ source: src, points: lorenzPoints }),
    gini: `SELECT (${giniSql({ source: src })}) AS g`,
    top: topShareSql({ source: src, shares: [0.2] }),
    buckets: lorenzBucketsSql(src, lorenzPoints),
    // topShare's rule (the first floor(0.2 n) value ranks) with no sort: value_rank is stored.
    topRanked: `SELECT coalesce(sum(revenue) FILTER (WHERE value_rank <= floor(0.2 * n + 1e-6)) / nullif(sum(revenue), 0), 0) AS revenue_share
FROM ${src} CROSS JOIN (SELECT count(*) AS n FROM ${src}) AS c`,
  };
}
