/** What the first bytes say the file is: a text table, a workbook, Parquet, or something to refuse. */
export type FileKind = { format: 'text' | 'xlsx' | 'parquet' } | { refused: string };

const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'This is a PNG image, not a CSV or text file.'],
  [[0xff, 0xd8, 0xff], 'This is a JPEG image, not a CSV or text file.'],
  [[0x47, 0x49, 0x46, 0x38], 'This is a GIF image, not a CSV or text file.'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'This is a PDF document, not a CSV or text file.'],
  [[0x1f, 0x8b], 'This file is gzip-compressed, not a CSV or text file: decompress it first.'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'This is a legacy Office file (Excel 97-2003 .xls?), not a CSV: save it as .xlsx or CSV.'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20], 'This is an SQLite database, not a CSV or text file.'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'This is a 7-Zip archive, not a CSV or text file.'],
];

/**
 * Sniffs the content, not the extension: "report.csv" that is really a PNG is refused with a
 * message naming what it is. A ZIP is taken as an .xlsx workbook (the reader says so if it is
 * not one) unless the name says it is another kind of ZIP.
 */
export function detectFileKind(head: Uint8Array, fileName = ''): FileKind {
  for (const [magic, message] of SIGNATURES) if (startsWith(head, magic)) return { refused: message };
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return { format: 'parquet' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    if (/\.(docx|pptx|odt|ods|zip|jar|apk|epub)$/i.test(fileName)) {
      return { refused: `This is a ZIP archive (${fileName}), not a CSV, Excel or text file.` };
    }
    return { format: 'xlsx' };
  }
  return { format: 'text' };
}

function startsWith(head: Uint8Array, magic: number[]): boolean {
  if (head.length < magic.length) return false;
  return magic.every((b, i) => head[i] === b);
}
