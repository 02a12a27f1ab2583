import type { ClvFormulasRequest } from '../../../workers/analyses/runClvFormulas';
import type { ClvGroupBy } from '../sql/clvGroupsSql';
import type { DwyerBy } from '../sql/dwyerRetentionSql';
import type { MessageKey } from '../i18n/en';

/** The form of the CLV formulas view, as the inputs hold it (the rate in percent). */
export interface ClvFormulasForm {
  period: 'month' | 'quarter' | 'year';
  ratePct: number;
  horizon: number;
  value: 'revenue' | 'margin';
  groupBy: ClvGroupBy;
  dwyerBy: DwyerBy;
  states: number;
}

/**
 * The engine request of a form, or the first problem with it as a message key and its value
 * (`invalid horizon: 2.5 (...)`): the view shows the problem instead of running the formulas.
 * An empty number input arrives as null or NaN and is refused like any other bad number.
 */
export function clvFormulasInput(form: ClvFormulasForm): { req: ClvFormulasRequest } | { problem: { key: MessageKey; value: string } } {
  const rate = Number(form.ratePct);
  if (form.ratePct === null || !(rate >= 0 && rate <= 1000)) return { problem: { key: 'an.clvf.bad.rate', value: String(form.ratePct) } };
  const horizon = Number(form.horizon);
  if (form.horizon === null || !(Number.isInteger(horizon) && horizon >= 1 && horizon <= 600)) {
    return { problem: { key: 'an.clvf.bad.horizon', value: String(form.horizon) } };
  }
  const states = Number(form.states);
  if (form.states === null || !(Number.isInteger(states) && states >= 2 && states <= 24)) {
    return { problem: { key: 'an.clvf.bad.states', value: String(form.states) } };
  }
  return {
    req: { period: form.period, rate: rate / 100, horizon, value: form.value, groupBy: form.groupBy, dwyerBy: form.dwyerBy, states },
  };
}
