import { hasLabel, label } from './labels';
import { STAGE_ORDER } from './palette';
import type { ChartLocale } from './types';

/** Display name of a lifecycle stage: the catalogue's for the five known stages, else the value itself. */
export function stageName(locale: ChartLocale, stage: string): string {
  const key = `stage.${stage}`;
  return hasLabel(key) ? label(locale, key) : stage;
}

/** Sort rank of a stage: the five known stages in lifecycle order, others after them. */
export function stageRank(stage: string): number {
  const i = (STAGE_ORDER as readonly string[]).indexOf(stage);
  return i < 0 ? STAGE_ORDER.length : i;
}

const HEALTH: Record<string, number> = { lost: 0, decline: 1, exploration: 2, formation: 3, stability: 4 };

/** Whether moving from one stage to another is a move up, a slip, or no change (unknown stages: same). */
export function direction(from: string, to: string): 'up' | 'down' | 'same' {
  const a = HEALTH[from];
  const b = HEALTH[to];
  if (a === undefined || b === undefined || a === b) return 'same';
  return b > a ? 'up' : 'down';
}
