import { fitFailure, type FitFailure } from './fitFailure';
import { isFailed, type ClvFit } from './parseClv';

/** One model of a CLV fit as a row of the parameters table. */
export type ModelRow =
  | { model: 'bgnbd' | 'pareto_nbd' | 'gamma_gamma'; params: [string, number][]; loglik: number | null; customers: number | null; ms: number | null }
  | { model: 'bgnbd' | 'pareto_nbd' | 'gamma_gamma'; failure: FitFailure };

const PARAMS: Record<ModelRow['model'], string[]> = {
  bgnbd: ['r', 'alpha', 'a', 'b'],
  pareto_nbd: ['r', 'alpha', 's', 'beta'],
  gamma_gamma: ['p', 'q', 'gamma'],
};

/** Greek letters for the parameter names the papers write that way. */
export const PARAM_SYMBOL: Record<string, string> = { alpha: 'α', beta: 'β', gamma: 'γ' };

/** The three models of a fit as table rows: parameters in the papers' order, or why the fit failed. */
export function clvModels(fit: ClvFit): ModelRow[] {
  return (['bgnbd', 'pareto_nbd', 'gamma_gamma'] as const).map((model): ModelRow => {
    const m = fit[model];
    if (isFailed(m)) return { model, failure: fitFailure(m.error) };
    return {
      model,
      params: PARAMS[model].filter((p) => typeof m[p] === 'number').map((p): [string, number] => [p, m[p]!]),
      loglik: typeof m.loglik === 'number' ? m.loglik : null,
      customers: typeof m.customers === 'number' ? m.customers : null,
      ms: typeof m.ms === 'number' ? m.ms : null,
    };
  });
}

/** A parameter with four significant digits in the locale (0.2426, 4.414, 11.67). */
export function formatParam(v: number, locale: string): string {
  return Number.isFinite(v) ? new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 }).format(v) : '–';
}
