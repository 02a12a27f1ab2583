import { FieldPath } from './FieldPath';
import { jsonValue } from './jsonValue';
import { migrateNotebook } from './migrateNotebook';
import { notebookCell } from './notebookCell';
import type { DataSource, Notebook, NotebookParams } from './types';

const TABLE = /^[\p{L}_][\p{L}\p{N}_]*$/u;
// Samples are fetched from the app's own origin: a plain file name under samples/, nothing else.
const SAMPLE = /^samples\/[A-Za-z0-9_.-]+$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_CELLS = 500;

function dataSource(f: FieldPath): DataSource {
  const roles: DataSource['roles'] = {};
  const from = f.at('roles');
  for (const header of Object.keys(from.object()).sort()) {
    if (header !== '__proto__') roles[header] = from.at(header).string();
  }
  const options = f.at('importOptions');
  options.object();
  const source: DataSource = {
    name: f.at('name').string(TABLE, 'a table name'),
    fileName: f.at('fileName').string(),
    roles,
    // SAFETY: jsonValue of a value checked to be an object returns an object.
    importOptions: jsonValue(options) as DataSource['importOptions'],
  };
  const sample = f.maybe('sample');
  if (sample) source.sample = sample.string(SAMPLE, 'a sample path such as samples/shop.csv');
  return source;
}

function params(f: FieldPath): NotebookParams {
  const p: NotebookParams = {
    currency: f.at('currency').string(/^[A-Z]{3}$/, 'a currency code such as CNY'),
    discountRate: f.at('discountRate').number(0, 1),
    locale: f.at('locale').oneOf(['en', 'zh-CN'] as const),
  };
  const refDate = f.maybe('refDate');
  if (refDate) p.refDate = refDate.string(ISO_DATE, 'a date as YYYY-MM-DD');
  return p;
}

/**
 * A notebook from a parsed file or link of any known version: migrated, validated, and
 * rebuilt from known fields only, in a fixed key order. Whatever is not notebook structure
 * (extra keys, result rows, functions) is left behind. Errors name the field.
 */
export function notebookFromValue(value: unknown): Notebook {
  const root = new FieldPath(migrateNotebook(value));
  root.object();
  root.at('format').oneOf(['segbook-notebook'] as const);
  const cells = root.at('cells').list(MAX_CELLS).map(notebookCell);
  const seen = new Set<string>();
  cells.forEach((cell, i) => {
    if (seen.has(cell.id)) throw new Error(`cells[${i}].id: ${JSON.stringify(cell.id)} (expected an id no other cell has)`);
    seen.add(cell.id);
  });
  return {
    format: 'segbook-notebook',
    version: 1,
    title: root.at('title').string(),
    sources: root.at('sources').list(20).map(dataSource),
    params: params(root.at('params')),
    cells,
  };
}
