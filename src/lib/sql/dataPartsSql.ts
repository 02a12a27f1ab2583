import { refDateSql } from './refDateSql';

/** The transaction rows (n) and the reference date as text (d) that dataParts decides the slicing from. */
export function dataPartsSql(): string {
  return `SELECT count(*) AS n, (${refDateSql()})::VARCHAR AS d FROM transactions`;
}
