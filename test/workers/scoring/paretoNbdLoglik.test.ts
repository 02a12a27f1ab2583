import { describe, expect, it } from 'vitest';
import { groupTriples } from '../../../workers/scoring/groupTriples';
import { lgamma } from '../../../workers/scoring/lgamma';
import { paretoNbdLoglik } from '../../../workers/scoring/paretoNbdLoglik';
import type { ParetoNbdParams } from '../../../workers/scoring/types';
import { simulate } from './simulate';

/**
 * The Pareto/NBD likelihood without any ₂F₁: alive through T, or died at τ in (t_x, T], with the
 * death density integrated by composite Simpson on 4000 panels (Fader & Hardie 2005 note, the step
 * before the integral is solved in closed form).
 */
function byQuadrature(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const f = (t: number) => s * Math.pow(alpha + t, -(r + x)) * Math.pow(beta + t, -(s + 1));
  let dead = 0;
  if (T > tx) {
    const n = 4000;
    const h = (T - tx) / n;
    for (let k = 0; k <= n; k++) dead += f(tx + k * h) * (k === 0 || k === n ? 1 : k % 2 ? 4 : 2);
    dead *= h / 3;
  }
  const alive = Math.pow(alpha + T, -(r + x)) * Math.pow(beta + T, -s);
  return lgamma(r + x) - lgamma(r) + r * Math.log(alpha) + s * Math.log(beta) + Math.log(alive + dead);
}

describe('paretoNbdLoglik()', () => {
  const sim = simulate('pareto', { r: 0.55, alpha: 10, s: 0.6, beta: 12 }, 400, { seed: 4, days: true });
  const { triples } = groupTriples(sim.x, sim.tx, sim.T);

  for (const [label, p] of [
    ['alpha >= beta', { r: 0.55, alpha: 14, s: 0.6, beta: 9 }],
    ['alpha < beta', { r: 0.55, alpha: 9, s: 0.6, beta: 14 }],
    ['alpha = beta', { r: 0.55, alpha: 11, s: 0.6, beta: 11 }],
  ] as const) {
    it(`paretoNbdLoglik() equals the likelihood by quadrature when ${label}`, () => {
      let direct = 0;
      for (let i = 0; i < triples.x.length; i++) {
        direct += triples.w[i] * byQuadrature(p, triples.x[i], triples.tx[i], triples.T[i]);
      }
      expect(paretoNbdLoglik(triples)(p)).toBeCloseTo(direct, 6);
    });

    it(`paretoNbdLoglik() writes a gradient that matches central differences when ${label}`, () => {
      const ll = paretoNbdLoglik(triples);
      const g = [0, 0, 0, 0];
      ll(p, g);
      (['r', 'alpha', 's', 'beta'] as const).forEach((k, i) => {
        const h = 1e-6 * p[k];
        const fd = (ll({ ...p, [k]: p[k] + h }) - ll({ ...p, [k]: p[k] - h })) / (2 * h);
        expect(Math.abs(g[i] - fd)).toBeLessThan(1e-5 * (1 + Math.abs(fd)));
      });
    });
  }
});
