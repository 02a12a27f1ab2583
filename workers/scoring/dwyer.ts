import { solveLinear } from './solveLinear';

// References: Dwyer (1989), "Customer Lifetime Valuation to Support Marketing Decision Making",
// Journal of Direct Marketing 3(4); Berger & Nasr (1998), "Customer Lifetime Value: Marketing
// Models and Applications", J. Interactive Marketing 12(1), case 1; Pfeifer & Carraway (2000),
// "Modeling Customer Relationships as Markov Chains", J. Interactive Marketing 14(2).

function check(m: number, r: number, d: number): void {
  if (!Number.isFinite(m)) throw new Error(`invalid margin: ${m}`);
  if (!(r >= 0 && r <= 1)) throw new Error(`invalid retention rate: ${r} (expected 0..1)`);
  if (!(d > -1 && 1 + d - r > 0)) throw new Error(`invalid discount rate: ${d} (need 1 + d > r)`);
}

/**
 * Lost-for-good CLV with the first margin now: Σ_{t>=0} m rᵗ/(1+d)ᵗ = m(1+d)/(1+d-r).
 * A customer who leaves never returns, so retention compounds like the discount.
 */
function lostForGood(m: number, r: number, d: number): number {
  check(m, r, d);
  return (m * (1 + d)) / (1 + d - r);
}

/** Lost-for-good CLV with the first margin at the end of period 1: Σ_{t>=1} m rᵗ/(1+d)ᵗ = m r/(1+d-r). */
function lostForGoodFirstAtEnd(m: number, r: number, d: number): number {
  check(m, r, d);
  return (m * r) / (1 + d - r);
}

/**
 * Always-a-share (migration) model as a Markov chain over recency cells 1..k (cell i: last purchase
 * i periods ago). From cell i a customer buys with probability `buy[i-1]` (to cell 1) or moves to
 * cell i+1; the last cell keeps those who do not buy. `reward[i-1]` is the net contribution of a
 * period spent in cell i. Returns V = [I - (1+d)⁻¹ P]⁻¹ R, the expected discounted value of a
 * customer now in each cell over an infinite horizon (Pfeifer & Carraway 2000): the limit of
 * Σ_t ((1+d)⁻¹P)ᵗ R, which converges because P is stochastic and d > 0.
 */
function migration(buy: readonly number[], reward: readonly number[], d: number): Float64Array {
  const k = buy.length;
  if (k === 0 || reward.length !== k) {
    throw new Error(`migration: ${k} buy probabilities and ${reward.length} rewards (expected the same number, at least 1)`);
  }
  buy.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) {
      throw new Error(`invalid buy probability for recency ${i + 1}: ${p} (expected 0..1)`);
    }
  });
  if (!(d > 0)) throw new Error(`invalid discount rate: ${d} (expected > 0)`);
  const A = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    A[i * k + i] += 1;
    A[i * k] -= buy[i] / (1 + d);
    A[i * k + Math.min(i + 1, k - 1)] -= (1 - buy[i]) / (1 + d);
  }
  return solveLinear(A, reward);
}

/** Dwyer's customer-value models: lost-for-good (both timing conventions) and migration. */
export const dwyer = { lostForGood, lostForGoodFirstAtEnd, migration } as const;
