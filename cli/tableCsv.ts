import { csvCell } from '../src/lib/app/csvCell';
import { readColumns } from '../workers/analyses/readColumns';
import type { DoorEngine } from './DoorEngine';

/** A query's result as CSV (header row, CRLF), spreadsheet formulas neutralised by csvCell. */
export function tableCsv(engine: DoorEngine, sql: string): string {
  const table = engine.query(sql);
  const names = table.schema.fields.map((f) => f.name);
  const cols = readColumns(table, names);
  const lines = [names.map(csvCell).join(',')];
  for (let i = 0; i < table.numRows; i++) lines.push(names.map((n) => csvCell(cols[n]![i])).join(','));
  return lines.join('\r\n') + '\r\n';
}
