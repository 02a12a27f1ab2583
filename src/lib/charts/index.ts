/**
 * Segbook charts: one chart a file, each `renderX(data, options): SVGSVGElement` drawn with D3
 * and no framework. Each renderer's JSDoc says what its marks' data-key holds.
 */
export type { ChartLocale, ChartOptions, SelectHandler } from './types';
export { formats, round2, type Formats } from './format';
export { label, type LabelKey } from './labels';
export { heat, segmentColor, seriesColor, stageColor, tierColor, FLOW_COLORS, STAGE_ORDER } from './palette';
export { renderPyramid, type PyramidTier } from './renderPyramid';
export { renderRfmGrid, rf10Segment, type RfmCell, type RfmGridOptions, type SegmentRegion } from './renderRfmGrid';
export { renderCohortHeatmap, type CohortOptions } from './renderCohortHeatmap';
export type { RetentionRow } from './retention';
export { renderRetentionCurves } from './renderRetentionCurves';
export { renderLayerCake, type LayerCakeRow } from './renderLayerCake';
export { renderLorenz, type LorenzOptions, type LorenzPoint } from './renderLorenz';
export { renderParetoBars, type ParetoOptions, type ParetoRow } from './renderParetoBars';
export { renderClvDistribution, type ClvOptions } from './renderClvDistribution';
export { renderHoldout, type HoldoutRow } from './renderHoldout';
export { renderPAlive, type PAliveOptions, type PAlivePoint } from './renderPAlive';
export { renderLifecycle, type LifecycleStage } from './renderLifecycle';
export { renderStageFlow, type StageFlow, type StageFlowOptions } from './renderStageFlow';
export { renderMatrix2x2, type MatrixCell, type MatrixOptions, type Quadrant } from './renderMatrix2x2';
export { renderLiftMatrix, type LiftOptions, type LiftPair } from './renderLiftMatrix';
