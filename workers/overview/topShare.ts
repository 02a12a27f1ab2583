import { quickselect } from 'd3';

/**
 * Revenue share of the top `share` of customers by value (topShareSql's rule: ranks i <=
 * floor(share * n), i by value_rank, which is unique), from the selected customers' value_rank
 * and revenue in any order: a linear-time selection of the cut, no sort. 0 when the revenue
 * total is 0 or nobody is selected (topShareSql's NULL, as overviewData reports it).
 */
export function topShare(valueRanks: ArrayLike<number>, revenue: ArrayLike<number>, share = 0.2): number {
  const n = valueRanks.length;
  if (revenue.length !== n) throw new Error(`invalid columns: ${n} ranks, ${revenue.length} revenues (expected the same count)`);
  const k = Math.floor(share * n + 1e-6);
  let total = 0;
  for (let i = 0; i < n; i++) total += revenue[i]!;
  if (n === 0 || total === 0) return 0;
  if (k === 0) return 0;
  const ranks = Float64Array.from(valueRanks);
  quickselect(ranks, k - 1);
  const cut = ranks[k - 1]!;
  let top = 0;
  for (let i = 0; i < n; i++) if (valueRanks[i]! <= cut) top += revenue[i]!;
  return top / total;
}
