import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../../src/lib/app/reportToCsv';
import type { ImportReport } from '../../../workers/protocol';

const REPORT: ImportReport = {
  outcome: 'import', message: 'Imported 4 of 6 rows; 1 rejected; 1 left out.', encoding: 'utf-8', delimiter: ',',
  rows_read: 6, rows_imported: 4, rows_rejected: 1, rows_excluded: 1,
  rejected: [{ line: 3, reason: 'missing customer id' }], excluded: [{ line: 5, reason: 'exact duplicate of line 2' }], blank_lines: [7],
  warnings: [], column_mapping: {}, returns: 0, zero_amounts: 0, duplicates: 1, bytes_read: 100,
  invalid_encoding_lines: [3, 4], stray_quote_lines: [6],
  file_name: 'shop.csv', customers: 2, orders: 3, total_amount: 10, first_date: '2024-01-05', last_date: '2024-01-06', ms: 1,
};

describe('reportToCsv', () => {
  it('reportToCsv() lists rejected, excluded, blank and flagged lines, each line once', () => {
    const lines = reportToCsv(REPORT).split('\r\n');
    const table = lines.slice(lines.indexOf('line,status,reason') + 1).filter((l) => l !== '');
    expect(table).toEqual([
      '3,rejected,missing customer id',
      '5,excluded,exact duplicate of line 2',
      '7,blank,blank line',
      '4,flagged,not valid utf-8; imported as decoded (see the warnings)',
      '6,flagged,"quote inside an unquoted field, kept as text"',
    ]);
  });
});
