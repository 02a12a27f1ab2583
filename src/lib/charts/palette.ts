import {
  interpolateBlues,
  interpolateCividis,
  schemeBlues,
  schemeGreys,
  schemeOranges,
  schemeTableau10,
} from 'd3';

/**
 * Colours shared by every chart, so that a tier, stage or segment has one colour everywhere.
 * Ordered things (tiers, stages, cohorts, heatmap values) use schemes whose lightness changes
 * monotonically, so they stay readable in greyscale; marks also carry text labels.
 */

/** Text colour on plain background. */
export const INK = '#1a1a1a';
/** Secondary text: ticks, notes, the reading. */
export const MUTED = '#555555';
/** Axis and grid lines. */
export const RULE = '#bdbdbd';
/** Fill of a cell with no data. */
export const EMPTY = '#f2f2f2';
/** Opacity of marks outside the selection. */
export const DIM_OPACITY = 0.3;

/** Single-hue sequential colour for heatmaps, t in 0..1 (never pure white). */
export function heat(t: number): string {
  const c = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  return interpolateBlues(0.08 + 0.87 * c);
}

/** Text colour readable on `heat(t)`. */
export function inkOnHeat(t: number): string {
  return t > 0.55 ? '#ffffff' : INK;
}

const TIER_POSITIONS: Record<string, number> = {
  重要客户: 0, 次要客户: 1, 普通客户: 2, 小客户: 3,
  Platinum: 0, Gold: 1, Iron: 2, Lead: 3,
  platinum: 0, gold: 1, iron: 2, lead: 3,
};

/** Colour of a pyramid tier: known tier names by rank, others by their index (top = darkest). */
export function tierColor(name: string, index: number, count: number): string {
  const known = TIER_POSITIONS[name];
  const t = known !== undefined ? known / 3 : count > 1 ? index / (count - 1) : 0;
  return interpolateCividis(0.05 + 0.85 * t);
}

const STAGE_COLORS: Record<string, string> = {
  exploration: schemeBlues[9][3],
  formation: schemeBlues[9][5],
  stability: schemeBlues[9][7],
  decline: schemeOranges[9][5],
  lost: schemeGreys[9][5],
};

/** Lifecycle stages in their natural order. */
export const STAGE_ORDER = ['exploration', 'formation', 'stability', 'decline', 'lost'] as const;

/** Colour of a lifecycle stage (unknown stages grey). */
export function stageColor(stage: string): string {
  return STAGE_COLORS[stage] ?? schemeGreys[9][3];
}

/** Colour of a stage migration: up blue, same grey, down orange (safe for colour-blind readers). */
export const FLOW_COLORS = { up: schemeBlues[9][6], same: schemeGreys[9][3], down: schemeOranges[9][6] } as const;

const SEGMENTS: readonly (readonly string[])[] = [
  ['Champions', 'champions', '重要价值客户'],
  ['Loyal Customers', 'loyal', '重要保持客户'],
  ['Potential Loyalist', 'potential loyalist', '一般价值客户'],
  ['New Customers', 'new', '一般发展客户'],
  ['Promising', 'promising', '重要发展客户'],
  ['Need Attention', 'need attention', '一般保持客户'],
  ['About To Sleep', 'about to sleep'],
  ['At Risk', 'at risk', '重要挽留客户'],
  ["Can't Lose Them", "can't lose"],
  ['Lost', 'hibernating', '一般挽留客户'],
];

/**
 * Colour of an RFM segment (maps A, B and C share colours for the same idea, e.g. Champions =
 * champions = 重要价值客户); Lost is warm grey, Others and unknown names light grey.
 */
export function segmentColor(name: string): string {
  const i = SEGMENTS.findIndex((names) => names.includes(name));
  return i < 0 ? '#d9d9d9' : schemeTableau10[i];
}

/** Colour of the i-th of n ordered series (cohorts): oldest darkest. */
export function seriesColor(i: number, n: number): string {
  return interpolateCividis(n > 1 ? 0.05 + (0.85 * i) / (n - 1) : 0.3);
}
