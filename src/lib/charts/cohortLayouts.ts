import type { CohortOptions } from './renderCohortHeatmap';

/**
 * The options and layout (CohortValues.layout) each drawn cohort heatmap was rendered with, so
 * updateCohortHeatmap knows when repainting in place gives what a fresh render would. A
 * WeakMap: nothing is added to the chart's markup, and a discarded chart is collected.
 */
export const cohortLayouts = new WeakMap<SVGSVGElement, { options: CohortOptions; layout: string }>();
