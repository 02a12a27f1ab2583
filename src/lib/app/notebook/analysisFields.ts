import type { AnalysisKind } from '../../notebook/types';

/** One option of an analysis cell, as a form field. */
export interface AnalysisField {
  /** The key in the cell's `options`; also names its label, `nb.opt.<key>`. */
  key: string;
  type: 'number' | 'choice' | 'date' | 'table' | 'boolean';
  /** For `choice`: the allowed values, the first is the default; labels are `nb.opt.<key>.<value>`. */
  choices?: readonly string[];
  min?: number;
  max?: number;
  step?: number;
  /** Shown as the placeholder when the option is absent (the builder's default). */
  placeholder?: string;
  /** The analysis fails without it. */
  required?: boolean;
}

/** Every analysis kind, in the order of ANALYSES.md. */
export const ANALYSIS_KINDS: readonly AnalysisKind[] = ['rfm', 'pyramid', 'cohorts', 'clv', 'lifecycle', 'matrix', 'basket', 'contribution'];

const table: AnalysisField = { key: 'table', type: 'table', placeholder: 'transactions' };
const refDate: AnalysisField = { key: 'refDate', type: 'date' };
const from: AnalysisField = { key: 'from', type: 'date' };
const rfm: AnalysisField[] = [
  { key: 'bins', type: 'choice', choices: ['5', '3', '4', '10'] },
  { key: 'monetary', type: 'choice', choices: ['total', 'mean'] },
  { key: 'binning', type: 'choice', choices: ['quantile', 'rank'] },
  { key: 'cn8Compare', type: 'choice', choices: ['values', 'scores'] },
];
const tiers: AnalysisField[] = [
  { key: 'value', type: 'choice', choices: ['revenue', 'margin'] },
  { key: 'tiers', type: 'choice', choices: ['cn', 'platinum'] },
];

/** The form fields of each analysis kind; analysisSql reads exactly these options. */
export const ANALYSIS_FIELDS: Record<AnalysisKind, readonly AnalysisField[]> = {
  rfm: [table, refDate, from, ...rfm, ...tiers],
  pyramid: [table, refDate, from, ...tiers, ...rfm],
  cohorts: [table, refDate, from, { key: 'period', type: 'choice', choices: ['month', 'week', 'quarter'] }],
  clv: [
    table,
    { key: 'calibrationEnd', type: 'date', required: true },
    { key: 'holdoutEnd', type: 'date' },
    { key: 'unit', type: 'choice', choices: ['week', 'day', 'month'] },
    { key: 'mergeSameDay', type: 'boolean' },
  ],
  lifecycle: [
    table, refDate, from,
    { key: 'explorationDays', type: 'number', min: 0, step: 1, placeholder: '90' },
    { key: 'windowDays', type: 'number', min: 1, step: 1, placeholder: '180' },
    { key: 'growthFactor', type: 'number', min: 0, step: 0.1, placeholder: '1' },
    { key: 'declineFactor', type: 'number', min: 0, step: 0.1, placeholder: '1.5' },
    { key: 'declineIntervals', type: 'number', min: 0, step: 0.5, placeholder: '2' },
    { key: 'lostDays', type: 'number', min: 0, step: 1, placeholder: '365' },
    { key: 'lostIntervals', type: 'number', min: 0, step: 0.5, placeholder: '3' },
  ],
  matrix: [
    table, refDate, from,
    { key: 'trendDays', type: 'number', min: 1, step: 1, placeholder: '180' },
    { key: 'split', type: 'choice', choices: ['0.5', '0.8'] },
  ],
  basket: [
    table, refDate, from,
    { key: 'level', type: 'choice', choices: ['product', 'category'] },
    { key: 'minSupport', type: 'number', min: 0, max: 1, step: 0.001, placeholder: '0.001' },
    { key: 'limit', type: 'number', min: 1, step: 1 },
  ],
  contribution: [table, refDate, from, { key: 'dimension', type: 'choice', choices: ['region', 'product', 'category', 'channel'] }],
};
