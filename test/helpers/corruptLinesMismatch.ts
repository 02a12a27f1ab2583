import type { LineNote } from '../../workers/ingest/types';

/** Where an import report puts each line it says something about. */
export interface ReportedLines {
  rejected: LineNote[];
  excluded: LineNote[];
  /** Imported, flagged as not valid UTF-8 (decoded as Windows-1252). */
  badBytes: number[];
  /** Imported, flagged for a quote inside an unquoted field. */
  strayQuote: number[];
}

// How the ingest reports each kind of corrupt line in make-bad-big.mjs's corrupt_5m.csv. A bad
// date "20240" is an Excel serial in a date column (1955-05-31), left out as dated before 1990.
const WHERE: Record<string, (keyof ReportedLines)[]> = {
  truncated: ['rejected'], extra_fields: ['rejected'], bad_amount: ['rejected'], nul_byte: ['rejected'],
  empty_customer_id: ['rejected'], bad_date: ['rejected', 'excluded'], invalid_utf8: ['badBytes'], stray_quote: ['strayQuote'],
};

/**
 * Compares a report with corrupt_5m.errors.csv (line -> kind): every corrupt line reported where
 * its kind belongs, and no other line reported at all. Returns the differences (at most 10 of
 * each sort), empty when the report is exact.
 */
export function corruptLinesMismatch(expected: Map<number, string>, got: ReportedLines): string[] {
  const where = new Map<number, (keyof ReportedLines)[]>();
  const note = (line: number, place: keyof ReportedLines) => where.set(line, [...(where.get(line) ?? []), place]);
  for (const n of got.rejected) note(n.line, 'rejected');
  for (const n of got.excluded) note(n.line, 'excluded');
  for (const line of got.badBytes) note(line, 'badBytes');
  for (const line of got.strayQuote) note(line, 'strayQuote');
  const problems: string[] = [];
  const add = (p: string) => { if (problems.length < 20) problems.push(p); };
  for (const [line, kind] of expected) {
    const places = where.get(line);
    if (!places) add(`line ${line} (${kind}) is not reported`);
    else if (places.length !== 1 || !WHERE[kind].includes(places[0])) add(`line ${line} (${kind}) is reported as ${places.join(' and ')}`);
  }
  for (const [line, places] of where) if (!expected.has(line)) add(`line ${line} is good but reported as ${places.join(' and ')}`);
  return problems;
}
