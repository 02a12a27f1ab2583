import type { AnalysisCell, ChartCell, MarkdownCell, SqlCell } from '../../../src/lib/notebook/types';

/** A SQL cell whose id is its name. */
export const sql = (name: string, text: string): SqlCell => ({ id: name, kind: 'sql', name, sql: text });

export const md = (id: string, text: string): MarkdownCell => ({ id, kind: 'markdown', text });

export const chart = (id: string, source: string): ChartCell => ({
  id, kind: 'chart', source, chart: { type: 'bar', fields: { x: 'k', y: 'v' } },
});

export const analysis = (name: string, options: AnalysisCell['options'] = {}): AnalysisCell => ({
  id: name, kind: 'analysis', name, analysis: 'rfm', options,
});
