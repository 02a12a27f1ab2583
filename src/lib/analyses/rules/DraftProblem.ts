import type { Measure } from './RuleDraft';

/**
 * What is wrong with a draft, as data so each language words it (draftProblemText): `row` is
 * 1-based (null for the map as a whole), `measure` the R, F or M column at fault.
 */
export interface DraftProblem {
  row: number | null;
  code: 'name' | 'number' | 'scale' | 'order' | 'empty' | 'noRows' | 'otherwise';
  measure?: Measure;
  value?: string;
  from?: string;
  to?: string;
}
