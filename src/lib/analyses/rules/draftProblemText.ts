import type { Translate } from '../types';
import type { DraftProblem } from './DraftProblem';

/**
 * A draft problem in the interface language, naming the row and what to fix:
 * `row 3: R from 5 to 2 (expected from <= to)`.
 */
export function draftProblemText(p: DraftProblem, t: Translate, ctx: { scale: number; otherwise: string }): string {
  const params = {
    row: p.row ?? 0, measure: (p.measure ?? '').toUpperCase(), value: p.value ?? '', from: p.from ?? '', to: p.to ?? '',
    max: ctx.scale, otherwise: ctx.otherwise,
  };
  return t(`an.rules.problem.${p.code}`, params);
}
