/**
 * The rank selection key "from..to" for a brushed band of customer shares (best customers
 * first, as the Lorenz chart draws them): ends clamped to 0..1, ordered and rounded to 0.1%;
 * null when the band is empty after rounding. Parsed back by rankBand (workers/overview).
 */
export function rankBandKey(a: number, b: number): string | null {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const round = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
  const from = round(Math.min(a, b));
  const to = round(Math.max(a, b));
  return from < to ? `${from}..${to}` : null;
}
