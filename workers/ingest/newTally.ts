import type { Role, SniffResult } from './types';
import type { ImportTally } from './summarizeImport';

/** An empty tally for an import of `sniff`'s file, reporting `mapping` (header -> role). */
export function newTally(sniff: SniffResult, mapping: Record<string, Role>): ImportTally {
  return {
    report: {
      outcome: 'import', message: '', encoding: sniff.encoding, delimiter: sniff.delimiter, rows_read: 0, rows_imported: 0,
      rows_rejected: 0, rows_excluded: 0, rejected: [], excluded: [], blank_lines: [], warnings: [...sniff.warnings],
      column_mapping: Object.fromEntries(sniff.headers.map((h) => [h, mapping[h] ?? 'ignore'])),
      returns: 0, zero_amounts: 0, duplicates: 0, bytes_read: 0,
    },
    lines: { missingCustomer: [], returns: [], zero: [], future: [], old: [], trailingEmpty: [], badNumbers: [], strayQuote: [], identicalKept: [] },
    currencies: new Map(), conflicts: new Map(), amountSum: 0, minDay: Infinity, maxDay: -Infinity,
    dedupStopped: false, refused: sniff.refused,
  };
}
