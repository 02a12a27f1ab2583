import readXlsxFile from 'read-excel-file/universal';

/**
 * Reads one sheet of an .xlsx workbook as rows of text, in the same shape the CSV tokenizer gives,
 * so the same sniffing and importing apply. Uses read-excel-file's `universal` entry (ArrayBuffer
 * in, no Node or DOM APIs), which runs unchanged in the engine worker; the npm `xlsx` package is
 * a stale release with open advisories. Numbers keep the text Excel stored (no float round trip);
 * date-formatted cells become ISO dates (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with a time of
 * day), read in UTC as read-excel-file builds them, so no local time zone shifts a day.
 * `sheet` picks a sheet by name; by default the first sheet with any data.
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<{ sheets: string[]; rows: string[][] }> {
  // SAFETY: a view may be a window on a larger buffer; read-excel-file wants exactly the file.
  const buffer = (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
  const all = await readXlsxFile<string>(buffer, { parseNumber: (s: string) => s });
  const sheets = all.map((s) => s.sheet);
  const chosen = sheet === undefined ? all.find((s) => s.data.length > 0) ?? all[0] : all.find((s) => s.sheet === sheet);
  if (!chosen) throw new Error(`no sheet named "${sheet}" (sheets: ${sheets.join(', ')})`);
  return { sheets, rows: chosen.data.map((row) => row.map(cellText)) };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
