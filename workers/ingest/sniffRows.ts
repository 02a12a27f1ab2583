import type { CsvRecord, ImportOptions, ImportQuestion, Role, SniffResult } from './types';
import { NUMBER_ROLES } from './types';
import { detectHeader } from './detectHeader';
import { inferDateFormat } from './inferDateFormat';
import { inferDecimalComma } from './inferDecimalComma';
import { proposeRoles } from './proposeRoles';

/** What the caller already knows about the file (format, encoding, dialect). */
export type SniffBase = Pick<SniffResult, 'format' | 'encoding' | 'encodingConfidence' | 'delimiter'> &
  Partial<Pick<SniffResult, 'sheets' | 'warnings' | 'questions' | 'quote'>> & { hasHeader?: boolean; headerConfident?: boolean };

const PREVIEW_ROWS = 20;

/**
 * The half of sniffing that works on rows, shared by text files (records from the tokenizer),
 * Excel sheets and Parquet: header line and names, proposed roles, date order, decimal comma,
 * preview, and the questions the mapping panel should ask. `complete` says the records are the
 * whole file, so a header with nothing under it can be refused as "no data rows".
 */
export function sniffRows(records: readonly CsvRecord[], options: ImportOptions, base: SniffBase, complete: boolean): SniffResult {
  const warnings = [...(base.warnings ?? [])];
  const questions: ImportQuestion[] = [...(base.questions ?? [])];
  const rows = records.filter((r) => !r.fields.every((f) => f.trim() === ''));
  const guess = options.hasHeader !== undefined ? { hasHeader: options.hasHeader, confident: true }
    : base.hasHeader !== undefined ? { hasHeader: base.hasHeader, confident: base.headerConfident ?? true }
    : detectHeader(rows.map((r) => r.fields));
  const hasHeader = guess.hasHeader && rows.length > 0;
  const headerRecord = hasHeader ? rows[0] : undefined;
  const data = hasHeader ? rows.slice(1) : rows;
  const width = headerRecord ? headerRecord.fields.length : modeWidth(data);
  const headers = uniqueHeaders(headerRecord ? headerRecord.fields : [], width);

  const result: SniffResult = {
    format: base.format, encoding: base.encoding, encodingConfidence: base.encodingConfidence, delimiter: base.delimiter,
    hasHeader, headerLine: headerRecord ? headerRecord.line : 0, headers, mapping: {}, dateOrder: 'YMD', decimalComma: false,
    preview: data.slice(0, PREVIEW_ROWS).map((r) => r.fields), questions, warnings,
  };
  if (base.sheets) result.sheets = base.sheets;
  if (base.quote) result.quote = base.quote;
  const sample = data.map((r) => r.fields);
  const mapping = proposeRoles(headers, sample, hasHeader);
  for (const [h, role] of Object.entries(options.mapping ?? {})) if (h in mapping) mapping[h] = role;
  result.mapping = mapping;
  if (complete && data.length === 0) {
    result.refused = hasHeader ? 'The file has no data rows (header only).' : 'The file contains no data.';
    return result;
  }
  const columnOf = (role: Role) => headers.findIndex((h) => mapping[h] === role);
  const values = (c: number) => (c < 0 ? [] : sample.map((row) => row[c] ?? ''));

  const dates = inferDateFormat(values(columnOf('order_date')));
  result.dateOrder = options.dateOrder ?? dates.order;
  if (!options.dateOrder && !dates.decided) {
    questions.push({
      kind: 'date_order',
      message: 'Dates like 05/01/2024 could be 5 January (day first) or 4 May (month first); nothing in the first rows decides.',
      choices: ['DMY', 'MDY'],
      default: 'DMY',
    });
  }
  if (dates.conflict) warnings.push('The date column has day-first and month-first dates; the majority order is used and the others rejected.');
  if (dates.formats.length > 1) warnings.push(`The date column mixes ${dates.formats.length} formats (${dates.formats.join(', ')}).`);

  const amountColumn = columnOf('amount');
  // SAFETY: widening the role list to string[] only to ask `includes` of a Role.
  const numberColumns = amountColumn >= 0 ? [amountColumn] : headers.map((h, c) => ((NUMBER_ROLES as readonly string[]).includes(mapping[h]) ? c : -1)).filter((c) => c >= 0);
  result.decimalComma = options.decimalComma ?? inferDecimalComma(numberColumns.flatMap(values));

  const unit = amountColumn >= 0 ? /\(\s*([A-Z]{3}|[$€£¥￥元])\s*\)/.exec(headers[amountColumn]) : null;
  if (unit) warnings.push(`The amount column "${headers[amountColumn]}" names its currency: ${unit[1]}.`);
  if (!hasHeader) {
    questions.push({
      kind: 'header',
      message: 'No header row was found: line 1 looks like data. Columns are named column_1, column_2...; please confirm their roles.',
      choices: ['no header', 'line 1 is the header'],
      default: 'no header',
    });
  } else if (!guess.confident) {
    questions.push({ kind: 'header', message: 'Is line ' + result.headerLine + ' the header?', choices: ['header', 'no header'], default: 'header' });
  }
  const keyRoles: Role[] = ['customer_id', 'order_date', 'amount'];
  const missing = keyRoles.filter((r) => columnOf(r) < 0);
  if (missing.length > 0) {
    questions.push({ kind: 'mapping', message: `No column was recognised as ${missing.join(', ')}; please choose.`, choices: headers, default: '' });
  }
  return result;
}

function uniqueHeaders(fields: readonly string[], width: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    let name = (fields[c] ?? '').replace(/\uFEFF/g, '').trim() || `column_${c + 1}`;
    // Two columns with one name would share a mapping entry; the second becomes "name_2".
    for (let k = 2; seen.has(name); k++) name = `${(fields[c] ?? '').trim() || `column_${c + 1}`}_${k}`;
    seen.add(name);
    out.push(name);
  }
  return out;
}

function modeWidth(rows: readonly CsvRecord[]): number {
  const counts = new Map<number, number>();
  for (const r of rows.slice(0, 200)) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  let mode = 0, best = 0;
  for (const [n, c] of counts) if (c > best) { mode = n; best = c; }
  return mode;
}
