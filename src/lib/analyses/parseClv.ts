/** A fit that failed, with the engine's reason. */
export interface Failed { error: string }

/** BG/NBD, Pareto/NBD or Gamma-Gamma parameters with the fit's log-likelihood and time. */
export type ModelFit = Record<string, number>;

/** One group of the holdout check (CONTRACT.md `clv.holdout`). */
export interface HoldoutRow { calibration_purchases: number; predicted: number; actual: number; customers: number }

/** The `clv` object of CONTRACT.md, with each model either fitted or failed. */
export interface ClvFit {
  unit: 'day' | 'week' | 'month';
  calibration_end: string;
  customers: number;
  bgnbd: ModelFit | Failed;
  pareto_nbd: ModelFit | Failed;
  gamma_gamma: ModelFit | Failed;
  holdout: HoldoutRow[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when `v` is a failure ({error}). */
export function isFailed(v: unknown): v is Failed {
  return isObject(v) && typeof v.error === 'string';
}

function model(v: unknown): ModelFit | Failed {
  if (isFailed(v)) return { error: v.error };
  if (!isObject(v)) return { error: 'no result' };
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/**
 * Read the `clv` value of an analyze() answer: the contract object, or {error} when the whole
 * analysis failed (e.g. no dated orders). Anything malformed becomes an error, not a crash.
 */
export function parseClv(value: unknown): ClvFit | Failed {
  if (isFailed(value)) return { error: value.error };
  if (!isObject(value) || typeof value.calibration_end !== 'string') return { error: 'the CLV analysis returned no result' };
  const unit = value.unit === 'day' || value.unit === 'month' ? value.unit : 'week';
  const holdout = Array.isArray(value.holdout) ? value.holdout.filter(isObject) : [];
  return {
    unit,
    calibration_end: value.calibration_end,
    customers: typeof value.customers === 'number' ? value.customers : 0,
    bgnbd: model(value.bgnbd),
    pareto_nbd: model(value.pareto_nbd),
    gamma_gamma: model(value.gamma_gamma),
    holdout: holdout.map((h) => ({
      calibration_purchases: Number(h.calibration_purchases), predicted: Number(h.predicted),
      actual: Number(h.actual), customers: Number(h.customers),
    })),
  };
}
