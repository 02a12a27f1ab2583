import type { TierSet } from '../../sql/TierSet';

/** A tier row as typed in the pyramid view: its name and its share of customers in percent. */
export interface TierDraftRow { name: string; pct: string }

/** What is wrong with the tier rows (`tier` 1-based), worded by the view in each language. */
export interface TierProblem { tier: number | null; code: 'name' | 'share' | 'sum' | 'duplicate'; value?: string }

/**
 * The pyramid's cut points as typed (percent of customers per tier, top down; the last tier takes
 * the rest, whatever it says) turned into a TierSet, or the problems: a share that is not a
 * number in (0, 100], tiers above the last adding up to 100% or more, an empty or repeated name.
 */
export function tierDraftToSet(rows: readonly TierDraftRow[], nonPositive?: string): { set: TierSet | null; problems: TierProblem[] } {
  const problems: TierProblem[] = [];
  const seen = new Set<string>();
  let sum = 0;
  const tiers = rows.map((r, i) => {
    const name = r.name.trim();
    if (!name) problems.push({ tier: i + 1, code: 'name' });
    else if (seen.has(name) || name === nonPositive) problems.push({ tier: i + 1, code: 'duplicate', value: name });
    seen.add(name);
    const last = i === rows.length - 1;
    const pct = Number(r.pct.trim());
    if (!last && (!r.pct.trim() || !Number.isFinite(pct) || pct <= 0 || pct > 100)) problems.push({ tier: i + 1, code: 'share', value: r.pct });
    else if (!last) sum += pct;
    return { name, share: last ? Math.max(0, Math.round((100 - sum) * 1e9) / 1e11) : pct / 100 };
  });
  if (rows.length > 1 && Math.round(sum * 1e9) / 1e9 >= 100) problems.push({ tier: null, code: 'sum', value: String(Math.round(sum * 1e6) / 1e6) });
  if (problems.length > 0) return { set: null, problems };
  return { set: { tiers, ...(nonPositive === undefined ? {} : { nonPositive }) }, problems };
}
