import { NUMBER_ROLES, TEXT_ROLES } from '../../../workers/ingest/types';
import { sqlIdent } from '../sql/sqlIdent';
import { sqlString } from '../sql/sqlString';
import { sqlComment } from './sqlComment';
import type { DataSource, JsonValue } from './types';

// Segbook's encoding names -> DuckDB's; the CJK ones need DuckDB's `encodings` extension.
const ENCODINGS: Record<string, string> = { 'utf-8': 'utf-8', 'utf-16le': 'utf-16', 'utf-16be': 'utf-16', 'windows-1252': 'latin-1' };
const EXTENSION_ENCODINGS = new Set(['gbk', 'gb18030', 'big5', 'shift_jis']);
const DELIMITERS = new Set([',', ';', '\t', '|']);
const FORMATS: Record<string, string[]> = {
  YMD: ['%Y/%m/%d', '%Y.%m.%d', '%Y%m%d'],
  DMY: ['%d/%m/%Y', '%d.%m.%Y', '%d-%m-%Y'],
  MDY: ['%m/%d/%Y', '%m.%d.%Y', '%m-%d-%Y'],
};

const text = (v: JsonValue | undefined): string | undefined => (typeof v === 'string' && v !== '' && v !== 'auto' ? v : undefined);

/**
 * The statement that imports a notebook's data source into its table (`transactions`) with DuckDB
 * alone: the file read with the recorded options (delimiter, encoding, header), every column as
 * text, then each role's column trimmed and converted to the type Segbook's table has (line, the
 * text roles, order_date, the number roles, attribute columns kept as text), rows without a
 * customer, date or amount left out. The path is set first, on a line marked EDIT HERE: the
 * file's name, which works as is when DuckDB runs in the file's folder. A plain
 * read_csv does not apply every rule of Segbook's import (duplicates, totals rows, currency
 * symbols), which the comment says.
 */
export function scriptImportSql(source: DataSource): string {
  const opts = source.importOptions;
  const hasHeader = opts.hasHeader !== false;
  const ext = /\.([a-z0-9]+)$/i.exec(source.fileName)?.[1]?.toLowerCase() ?? '';
  const variable = `${source.name}_file`;
  const path = `getvariable(${sqlString(variable)})`;
  const notes: string[] = [];
  let from: string;
  if (ext === 'parquet') from = `read_parquet(${path})`;
  else if (ext === 'xlsx' || ext === 'xls') {
    notes.push('Excel files need DuckDB\'s excel extension: run INSTALL excel; LOAD excel; once.');
    from = `read_xlsx(${path}, header = ${hasHeader}, all_varchar = true${text(opts.sheet) ? `, sheet = ${sqlString(String(opts.sheet))}` : ''})`;
  } else {
    const args = [path, `header = ${hasHeader}`, 'all_varchar = true'];
    const delim = text(opts.delimiter);
    if (delim && DELIMITERS.has(delim)) args.push(`delim = ${sqlString(delim)}`);
    else if (delim) notes.push(`The file's columns are separated by ${JSON.stringify(delim)}; DuckDB detects the separator itself.`);
    const enc = text(opts.encoding)?.toLowerCase();
    if (enc && ENCODINGS[enc]) {
      if (enc !== 'utf-8') args.push(`encoding = ${sqlString(ENCODINGS[enc]!)}`);
    } else if (enc && EXTENSION_ENCODINGS.has(enc)) {
      notes.push(`The file is ${enc}: run INSTALL encodings; LOAD encodings; once (DuckDB's encodings extension).`);
      args.push(`encoding = ${sqlString(enc)}`);
    } else if (enc) notes.push(`The file's encoding is ${enc}, which DuckDB may not read; save it as UTF-8.`);
    from = `read_csv(${args.join(', ')})`;
  }

  // Without a header Segbook names columns column_1, column_2...; DuckDB names them column0, column1...
  const column = (header: string): string => {
    const m = /^column_(\d+)$/.exec(header);
    return sqlIdent(!hasHeader && m ? `column${Number(m[1]) - 1}` : header);
  };
  const roleOf = new Map<string, string>();
  const attributes: string[] = [];
  for (const [header, role] of Object.entries(source.roles)) {
    if (role === 'attribute') attributes.push(header);
    else if (role !== 'ignore' && !roleOf.has(role)) roleOf.set(role, header);
  }
  const value = (role: string) => {
    const h = roleOf.get(role);
    return h === undefined ? null : `trim(${column(h)}::VARCHAR)`;
  };
  const formats = FORMATS[String(opts.dateOrder ?? 'YMD')] ?? FORMATS.YMD!;
  const dateValue = value('order_date');
  const date = dateValue === null ? 'NULL::DATE'
    : `coalesce(TRY_CAST(${dateValue} AS DATE), TRY_CAST(${dateValue} AS TIMESTAMP)::DATE, try_strptime(${dateValue}, [${formats.map(sqlString).join(', ')}])::DATE)`;
  const number = (role: string) => {
    const v = value(role);
    if (v === null) return `NULL::DOUBLE AS ${role}`;
    const plain = opts.decimalComma === true ? `replace(replace(${v}, '.', ''), ',', '.')` : `replace(${v}, ',', '')`;
    return `TRY_CAST(${plain} AS DOUBLE) AS ${role}`;
  };
  const select = [
    `(row_number() OVER () + ${hasHeader ? 1 : 0})::INTEGER AS line`,
    ...TEXT_ROLES.map((r) => (value(r) === null ? `NULL::VARCHAR AS ${r}` : `nullif(${value(r)}, '') AS ${r}`)),
    `${date} AS order_date`,
    ...NUMBER_ROLES.map(number),
    ...attributes.map((a) => `${column(a)}::VARCHAR AS ${sqlIdent(a)}`),
  ];
  const required = ['customer_id', 'order_date', 'amount'].filter((r) => roleOf.has(r)).map((r) => `${r} IS NOT NULL`);
  const mapping = Object.entries(source.roles).map(([h, r]) => `${h} → ${r}`).join(', ');
  const comment = [
    `Data source: ${source.fileName || '(no file name)'} → table ${source.name}`,
    `Column roles: ${mapping || '(none recorded)'}`,
    'A plain DuckDB import: Segbook\'s own import also leaves out exact duplicates, totals rows and',
    'future dates and reads currency symbols, so a messy file may give slightly different rows.',
    ...notes,
  ];
  return `${sqlComment(comment.join('\n'))}
-- >>> EDIT HERE: the path of ${source.fileName.replace(/[\r\n]+/g, ' ') || 'your data file'} on your machine <<<
SET VARIABLE ${sqlIdent(variable)} = ${sqlString(source.fileName || 'data.csv')};
CREATE OR REPLACE TABLE ${sqlIdent(source.name)} AS
SELECT * FROM (
  SELECT
    ${select.join(',\n    ')}
  FROM ${from}
)${required.length > 0 ? `\nWHERE ${required.join(' AND ')}` : ''};`;
}
