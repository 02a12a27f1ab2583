import { describe, expect, it } from 'vitest';
import { bgnbdLoglik } from '../../../workers/scoring/bgnbdLoglik';
import { groupTriples } from '../../../workers/scoring/groupTriples';
import { lgamma } from '../../../workers/scoring/lgamma';
import type { BgNbdParams } from '../../../workers/scoring/types';
import { simulate } from './simulate';

/** Equation (6) of Fader, Hardie & Lee (2005), one customer at a time, no grouping, no logs shared. */
function naive(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const lb = (u: number, v: number) => lgamma(u) + lgamma(v) - lgamma(u + v);
  const A1 = lgamma(r + x) - lgamma(r) + r * Math.log(alpha);
  const A2 = lb(a, b + x) - lb(a, b);
  const A3 = -(r + x) * Math.log(alpha + T);
  const A4 = x > 0 ? Math.log(a / (b + x - 1)) - (r + x) * Math.log(alpha + tx) : -Infinity;
  return A1 + A2 + Math.log(Math.exp(A3) + Math.exp(A4));
}

describe('bgnbdLoglik()', () => {
  const sim = simulate('bgnbd', { r: 0.6, alpha: 6, a: 0.9, b: 2.5 }, 3000, { seed: 11, days: true });
  const { triples } = groupTriples(sim.x, sim.tx, sim.T);
  const p = { r: 0.5, alpha: 5, a: 0.8, b: 3 };

  it('bgnbdLoglik() on grouped triples equals the per-customer sum of equation (6)', () => {
    let direct = 0;
    for (let i = 0; i < sim.x.length; i++) direct += naive(p, sim.x[i], sim.tx[i], sim.T[i]);
    expect(triples.x.length).toBeLessThan(sim.x.length);
    expect(bgnbdLoglik(triples)(p)).toBeCloseTo(direct, 7);
  });

  it('bgnbdLoglik() writes a gradient that matches central differences', () => {
    const ll = bgnbdLoglik(triples);
    const g = [0, 0, 0, 0];
    ll(p, g);
    (['r', 'alpha', 'a', 'b'] as const).forEach((k, i) => {
      const h = 1e-6 * p[k];
      const fd = (ll({ ...p, [k]: p[k] + h }) - ll({ ...p, [k]: p[k] - h })) / (2 * h);
      expect(Math.abs(g[i] - fd)).toBeLessThan(1e-5 * (1 + Math.abs(fd)));
    });
  });
});
