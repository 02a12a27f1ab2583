import type { CsvRecord, ImportOptions } from './types';
import { CsvTokenizer } from './csvTokenizer';
import { detectHeader } from './detectHeader';

/** The shape of a delimited text file, read from its first chunk. */
export interface Dialect {
  delimiter: string;              // ',' ';' '\t' '|' or ' ' (runs of whitespace)
  quote: string;
  lineEnding: 'LF' | 'CRLF' | 'CR' | 'none';
  sepLine: boolean;               // line 1 is Excel's "sep=;" hint
  hasHeader: boolean;
  headerConfident: boolean;
  records: CsvRecord[];           // the head tokenized with `delimiter`, without the sep= line
}

const CANDIDATES = [',', ';', '\t', '|'];
const SEP_HINT = /^sep=(.)[ \t]*(?:\r\n|\r|\n|$)/i;
const SAMPLE_RECORDS = 200;

/**
 * Finds the delimiter (the candidate that splits the most lines into the same number of fields,
 * quotes respected; runs of whitespace when no character does), Excel's `sep=` first line, the
 * line ending and whether there is a header. `complete` says `text` is the whole file, so its
 * last line is not cut short. Options that are set and not 'auto' win over the sniffing.
 */
export function sniffDialect(text: string, options: ImportOptions = {}, complete = true): Dialect {
  const hint = SEP_HINT.exec(text);
  const forced = options.delimiter && options.delimiter !== 'auto' ? named(options.delimiter) : null;
  let delimiter = forced ?? (hint ? hint[1] : null);
  if (!delimiter) {
    let best = { delimiter: ',', score: 0 };
    for (const d of CANDIDATES) {
      const score = consistency(tokenize(text, d, complete));
      if (score > best.score) best = { delimiter: d, score };
    }
    if (best.score < 0.6) {
      const ws = consistency(tokenize(text, ' ', complete));
      if (ws > best.score) best = { delimiter: ' ', score: ws };
    }
    delimiter = best.delimiter;
  }
  const quote = quoteChar(text, delimiter);
  let records = tokenize(text, delimiter, complete, quote);
  if (hint) records = records.filter((r) => r.line !== 1);
  const rows = records.filter((r) => !isBlank(r.fields)).map((r) => r.fields);
  const header = options.hasHeader === undefined ? detectHeader(rows) : { hasHeader: options.hasHeader, confident: true };
  return {
    delimiter,
    quote,
    lineEnding: lineEnding(text),
    sepLine: hint !== null,
    hasHeader: header.hasHeader,
    headerConfident: header.confident,
    records,
  };
}

/** "'" when the file never uses '"' but wraps fields in single quotes; else '"'. */
function quoteChar(text: string, delimiter: string): string {
  if (text.includes('"')) return '"';
  const d = delimiter === ' ' ? ' ' : delimiter.replace(/[|\\]/g, '\\$&');
  const wrapped = text.match(new RegExp(`(?:^|[${d}\\n])'[^'\\n]*'(?=[${d}\\r\\n]|$)`, 'g'));
  return wrapped && wrapped.length >= 3 ? "'" : '"';
}

function named(d: string): string {
  if (d === 'tab' || d === '\\t') return '\t';
  if (d === 'space' || d === 'whitespace') return ' ';
  return d;
}

function tokenize(text: string, delimiter: string, complete: boolean, quote = '"'): CsvRecord[] {
  const t = new CsvTokenizer({ delimiter, quote, trimSpaces: delimiter !== ' ', maxQuotedLines: 1000 });
  const records = t.push(text);
  if (complete) records.push(...t.finish());
  return records;
}

/** Share of non-blank lines with the most common field count (at least 2), plus a little per field. */
function consistency(records: CsvRecord[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const r of records.slice(0, SAMPLE_RECORDS)) {
    if (isBlank(r.fields)) continue;
    total++;
    counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  }
  let mode = 0, modeCount = 0;
  for (const [n, c] of counts) if (c > modeCount || (c === modeCount && n > mode)) { mode = n; modeCount = c; }
  if (mode < 2 || total === 0) return 0;
  return modeCount / total + Math.min(mode, 20) / 1000;
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

function lineEnding(text: string): Dialect['lineEnding'] {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  const cr = text.split('\r').length - 1 - crlf;
  if (crlf === 0 && lf === 0 && cr === 0) return 'none';
  if (crlf >= lf && crlf >= cr) return 'CRLF';
  return lf >= cr ? 'LF' : 'CR';
}
