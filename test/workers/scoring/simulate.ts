/**
 * Seeded simulation of customer summaries (x, t_x, T) from the BG/NBD or the Pareto/NBD, for
 * recovery and timing tests of the fits. xoshiro128** (Blackman & Vigna) for uniforms, Marsaglia &
 * Tsang (2000) for Gamma variates (shape < 1 by the U^{1/shape} boost), Beta as X/(X+Y).
 * Observation lengths T are uniform on (0, maxT]. With `days`, times are cut to whole days
 * (unit: weeks) and purchases on the same day merge, as the summary SQL does with real data.
 * With `spend`, also draws each repeat customer's mean repeat order value m from the Gamma-Gamma.
 */
export function simulate(
  model: 'bgnbd' | 'pareto',
  params: { r: number; alpha: number; a?: number; b?: number; s?: number; beta?: number },
  n: number,
  options: { seed?: number; maxT?: number; days?: boolean; spend?: { p: number; q: number; gamma: number } } = {},
): { x: Float64Array; tx: Float64Array; T: Float64Array; m: Float64Array } {
  const rand = xoshiro(options.seed ?? 1);
  const gamma = (shape: number, rate: number) => gammaVariate(rand, shape) / rate;
  const maxT = options.maxT ?? 78;
  const cut = (t: number) => (options.days ? Math.floor(t * 7) / 7 : t);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const m = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const Ti = cut(maxT * (1 - rand())) || 1 / 7;
    const lambda = gamma(params.r, params.alpha);
    let dropP = 0;
    let death = Infinity;
    if (model === 'bgnbd') {
      const u = gammaVariate(rand, params.a!);
      dropP = u / (u + gammaVariate(rand, params.b!));
    } else {
      death = -Math.log(1 - rand()) / gamma(params.s!, params.beta!);
    }
    let t = 0;
    let last = 0;
    let count = 0;
    for (;;) {
      t += -Math.log(1 - rand()) / lambda;
      if (t > Ti || t > death) break;
      const day = cut(t);
      if (day > last) {
        count++;
        last = day;
      }
      // BG/NBD: dropout after each repeat purchase (Fader, Hardie & Lee 2005, assumption iv).
      if (model === 'bgnbd' && rand() < dropP) break;
    }
    x[i] = count;
    tx[i] = last;
    T[i] = Ti;
    const sp = options.spend;
    // Gamma-Gamma: the mean of x order values ~ Gamma(p, ν) is Gamma(px, xν), ν ~ Gamma(q, γ).
    if (sp && count > 0) m[i] = gamma(sp.p * count, count * gamma(sp.q, sp.gamma));
  }
  return { x, tx, T, m };
}

function xoshiro(seed: number): () => number {
  // splitmix32 to fill the state from one seed.
  let z = seed >>> 0;
  const next = () => {
    z = (z + 0x9e3779b9) >>> 0;
    let h = z;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const s = new Uint32Array([next(), next(), next(), next()]);
  return () => {
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return (result + 0.5) / 4294967296;
  };
}

function rotl(v: number, k: number): number {
  return (v << k) | (v >>> (32 - k));
}

function gammaVariate(rand: () => number, shape: number): number {
  if (shape < 1) return gammaVariate(rand, shape + 1) * Math.pow(rand(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // Standard normal by the polar method.
      let u1: number, u2: number, q: number;
      do {
        u1 = 2 * rand() - 1;
        u2 = 2 * rand() - 1;
        q = u1 * u1 + u2 * u2;
      } while (q >= 1 || q === 0);
      x = u1 * Math.sqrt((-2 * Math.log(q)) / q);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rand();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}
