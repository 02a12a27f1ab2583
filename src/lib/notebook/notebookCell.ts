import { cellNameError } from './cellNameError';
import { FieldPath } from './FieldPath';
import { jsonValue } from './jsonValue';
import type { AnalysisCell, AnalysisKind, Cell, ChartSpec, ChartType } from './types';

const KINDS = ['markdown', 'sql', 'chart', 'analysis'] as const;
const ANALYSES: readonly AnalysisKind[] = ['rfm', 'pyramid', 'cohorts', 'clv', 'lifecycle', 'matrix', 'basket', 'contribution'];
const CHARTS: readonly ChartType[] = ['bar', 'line', 'area', 'scatter', 'heatmap', 'pyramid', 'lorenz', 'table'];
const CHANNELS = ['x', 'y', 'color', 'size', 'label'] as const;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

function chartSpec(f: FieldPath): ChartSpec {
  const fields: ChartSpec['fields'] = {};
  const from = f.at('fields');
  from.object();
  for (const channel of CHANNELS) {
    const column = from.maybe(channel);
    if (column) fields[channel] = column.string();
  }
  const spec: ChartSpec = { type: f.at('type').oneOf(CHARTS), fields };
  const title = f.maybe('title');
  if (title) spec.title = title.string();
  return spec;
}

function cellName(f: FieldPath): string {
  const name = f.string();
  const error = cellNameError(name);
  if (error) throw new Error(`${f.path}: ${error}`);
  return name;
}

/**
 * A cell read from an untrusted file or link: a fresh object with only the fields of its kind,
 * in a fixed key order (files diff well), or an error naming the bad field.
 */
export function notebookCell(f: FieldPath): Cell {
  const id = f.at('id').string(ID, 'an id of 1 to 64 letters, digits, _ or -');
  const kind = f.at('kind').oneOf(KINDS);
  switch (kind) {
    case 'markdown':
      return { id, kind, text: f.at('text').text() };
    case 'sql': {
      const cell: Cell = { id, kind, name: cellName(f.at('name')), sql: f.at('sql').text() };
      const chart = f.maybe('chart');
      if (chart) cell.chart = chartSpec(chart);
      const check = f.maybe('check');
      if (check) cell.check = { question: check.at('question').text(), expectSql: check.at('expectSql').text() };
      return cell;
    }
    case 'chart':
      return { id, kind, source: f.at('source').string(NAME, 'a cell or table name'), chart: chartSpec(f.at('chart')) };
    case 'analysis': {
      const options = f.at('options');
      options.object();
      const value = jsonValue(options);
      // SAFETY: jsonValue of a value checked to be an object returns an object.
      return { id, kind, name: cellName(f.at('name')), analysis: f.at('analysis').oneOf(ANALYSES), options: value as AnalysisCell['options'] };
    }
  }
}
