import { unzipSync } from 'fflate';
import { dateStyles } from './xlsx/dateStyles';
import { readSharedStrings } from './xlsx/readSharedStrings';
import { sheetRows } from './xlsx/sheetRows';
import { workbookSheets } from './xlsx/workbookSheets';

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder('utf-8').decode(bytes) : '');

/**
 * Reads one sheet of an .xlsx workbook as rows of text, in the same shape the CSV tokenizer gives,
 * so the same sniffing and importing apply; row i is the sheet's row i + 1. Our own reader over
 * fflate's unzip: read-excel-file (used before) parsed a sheet in a recursion as deep as its XML
 * chunks, which ran out of stack on a 200,000-row sheet on a busy machine, and read every sheet
 * to return one. Only the workbook, its relationships, the styles, the shared strings and the
 * chosen sheet are inflated. Numbers keep the text Excel stored (no float round trip);
 * date-formatted cells become ISO dates (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with a time of
 * day), with no time zone involved. `sheet` picks a sheet by name; by default the first sheet
 * with any data.
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<{ sheets: string[]; rows: string[][] }> {
  const meta = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name === 'xl/styles.xml' || f.name === 'xl/sharedStrings.xml' });
  if (!meta['xl/workbook.xml']) throw new Error('not an .xlsx workbook (no xl/workbook.xml)');
  const book = workbookSheets(text(meta['xl/workbook.xml']), text(meta['xl/_rels/workbook.xml.rels']));
  const sheets = book.sheets.map((s) => s.name);
  const ctx = { shared: readSharedStrings(text(meta['xl/sharedStrings.xml'])), dateStyles: dateStyles(text(meta['xl/styles.xml'])), epoch1904: book.epoch1904 };
  const read = (path: string): string[][] => {
    const part = unzipSync(bytes, { filter: (f) => f.name === path })[path];
    if (!part) throw new Error(`the workbook lists ${path} but does not contain it`);
    return sheetRows(part, ctx);
  };
  if (sheet !== undefined) {
    const chosen = book.sheets.find((s) => s.name === sheet);
    if (!chosen) throw new Error(`no sheet named "${sheet}" (sheets: ${sheets.join(', ')})`);
    return { sheets, rows: read(chosen.path) };
  }
  for (const s of book.sheets) {
    const rows = read(s.path);
    if (rows.length > 0) return { sheets, rows };
  }
  return { sheets, rows: [] };
}
