import type { Role, SniffResult } from '../../ingest/types';

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Why the fast path cannot give the TypeScript path's result for this sniff and mapping, or null.
 * These are hard limits (fastImport checks them itself); `fastImportEligible` adds the cheap
 * guesses about whether trying is worth it. UTF-8 only: DuckDB reads nothing else, and a forced
 * legacy encoding of a UTF-8 file would be decoded differently. Delimiter , ; tab or | with double
 * quotes (DuckDB's reader has no "runs of spaces" mode). The header on line 1, so records start
 * on line 2. A customer id column: the SQL's test for blank rows rests on it. Headers whose
 * lower-case form DuckDB's lower() cannot match (JavaScript writes a final sigma and a dotted
 * capital I differently) and the names of the fast path's work columns are out.
 */
export function fastPrecondition(sniff: SniffResult, mapping: Record<string, Role>): string | null {
  if (sniff.refused) return 'the file is refused';
  if (sniff.format !== 'text') return `the file is ${sniff.format}`;
  if (sniff.encoding !== 'utf-8') return `the encoding is ${sniff.encoding}`;
  if (!DELIMITERS.includes(sniff.delimiter)) return `the delimiter is ${JSON.stringify(sniff.delimiter)}`;
  if ((sniff.quote ?? '"') !== '"') return `fields are quoted with ${sniff.quote}`;
  if (!sniff.hasHeader) return 'the file has no header';
  if (sniff.headerLine !== 1) return `the header is on line ${sniff.headerLine}`;
  if (sniff.headers.length < 2) return 'the file has one column';
  if (!sniff.headers.some((h) => mapping[h] === 'customer_id')) return 'no customer id column';
  if (sniff.headers.some((h) => h.startsWith('__fast_'))) return 'a header starts with __fast_';
  if (sniff.headers.some((h) => /[\u03c2\u0307]/.test(h.toLowerCase()))) return 'a header has a final sigma or a combining dot';
  return null;
}
