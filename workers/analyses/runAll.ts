import type { AnalyzeRequest } from './AnalyzeRequest';
import type { Writable } from './Writable';
import { runBasket } from './runBasket';
import { runCohorts } from './runCohorts';
import { runContribution } from './runContribution';
import { runLifecycle } from './runLifecycle';
import { runMatrix } from './runMatrix';
import { runPyramid } from './runPyramid';
import { runRfm } from './runRfm';
import { runClv } from './runClv';
import { runClvFormulas } from './runClvFormulas';

/**
 * Run the requested analyses over `transactions` and return one CONTRACT.md object per key.
 * A failing analysis reports its error under its key instead of taking the others down.
 */
export function runAll(q: Writable, req: AnalyzeRequest): Record<string, unknown> {
  const refDate = req.refDate;
  const out: Record<string, unknown> = {};
  const runners: Record<AnalyzeRequest['analyses'][number], () => unknown> = {
    rfm: () => runRfm(q, { refDate }),
    pyramid: () => runPyramid(q, { refDate }),
    cohorts: () => runCohorts(q, { refDate }),
    clv: () => runClv(q, { calibrationEnd: req.calibrationEnd, unit: req.clvUnit ?? 'week' }),
    lifecycle: () => runLifecycle(q, { refDate }),
    matrix: () => runMatrix(q, { refDate }),
    basket: () => runBasket(q, { refDate }),
    contribution: () => runContribution(q, { refDate }),
  };
  for (const name of req.analyses) {
    try {
      out[name] = runners[name]();
    } catch (e) {
      out[name] = { error: e instanceof Error ? e.message : String(e) };
    }
  }
  if (req.clvFormulas) {
    try {
      out.clv_formulas = runClvFormulas(q, { refDate, ...req.clvFormulas });
    } catch (e) {
      out.clv_formulas = { error: e instanceof Error ? e.message : String(e) };
    }
  }
  return out;
}
