import type { ClvFormulasRequest, runClvFormulas } from '../../../workers/analyses/runClvFormulas';
import type { AnalysisEngine } from './types';

/** The textbook CLV formulas as the engine computed them (runClvFormulas). */
export type ClvFormulas = ReturnType<typeof runClvFormulas>;

/**
 * Run the textbook CLV formulas in the engine (`clvFormulas` of the request, answered under clv_formulas) with the view's period,
 * discount rate, horizon and groups. Throws the engine's message when the analysis failed.
 */
export async function loadClvFormulas(engine: AnalysisEngine, req: ClvFormulasRequest): Promise<ClvFormulas> {
  const out = (await engine.analyze({ analyses: [], clvFormulas: req })).clv_formulas;
  if (typeof out === 'object' && out !== null && 'error' in out) throw new Error(String(out.error));
  // SAFETY: runClvFormulas returned this object through the engine; only plain data crossed.
  return out as ClvFormulas;
}
