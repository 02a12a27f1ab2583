import type { ContributionDimension } from '../../src/lib/sql/contributionSql';
import { contributionSql } from '../../src/lib/sql/contributionSql';
import type { WindowOptions } from '../../src/lib/sql/WindowOptions';
import type { Queryable } from './Queryable';
import { num } from './num';
import { readColumns } from './readColumns';

/** One contribution row; margin only when the data has a margin or cost column. */
export interface ContributionRow {
  key: string;
  revenue: number;
  customers: number;
  margin?: number;
}

/** The `contribution` object of CONTRACT.md: per dimension, rows by revenue (empty when unmapped). */
export type ContributionResult = Partial<Record<ContributionDimension, ContributionRow[]>>;

// Lines with no value for a mapped dimension are reported under this key (contract keys are text).
const MISSING_KEY = '(missing)';

/** Revenue, customers (and margin) by region, product, category and channel (ANALYSES.md section 7). */
export function runContribution(
  q: Queryable,
  opts: WindowOptions & { dimensions?: ContributionDimension[] } = {},
): ContributionResult {
  const out: ContributionResult = {};
  for (const dimension of opts.dimensions ?? ['region', 'product', 'category', 'channel']) {
    const c = readColumns(q.query(contributionSql({ ...opts, dimension })), ['key', 'revenue', 'customers', 'margin']);
    const hasMargin = c.margin.some((m) => m !== null);
    out[dimension] = c.key.map((key, i) => {
      const row: ContributionRow = { key: key === null ? MISSING_KEY : String(key), revenue: num(c.revenue[i]), customers: num(c.customers[i]) };
      if (hasMargin) row.margin = num(c.margin[i]);
      return row;
    });
  }
  return out;
}
