import type { HoldoutRow } from './parseClv';

/** The calibration / holdout check in figures. */
export interface HoldoutError {
  customers: number;
  /** Mean purchases per customer in the holdout, predicted and actual (weighted by customers). */
  predicted: number;
  actual: number;
  /** predicted / actual - 1 (0 when nothing was bought). */
  relative: number;
  /** Mean absolute error of the per-group means, weighted by customers. */
  mae: number;
}

/** Error figures of the holdout check, or null when there is no holdout period. */
export function holdoutError(rows: readonly HoldoutRow[]): HoldoutError | null {
  const ok = rows.filter((r) => [r.predicted, r.actual, r.customers].every(Number.isFinite) && r.customers > 0);
  const n = ok.reduce((s, r) => s + r.customers, 0);
  if (n === 0) return null;
  const predicted = ok.reduce((s, r) => s + r.predicted * r.customers, 0) / n;
  const actual = ok.reduce((s, r) => s + r.actual * r.customers, 0) / n;
  const mae = ok.reduce((s, r) => s + Math.abs(r.predicted - r.actual) * r.customers, 0) / n;
  return { customers: n, predicted, actual, relative: actual !== 0 ? predicted / actual - 1 : 0, mae };
}
