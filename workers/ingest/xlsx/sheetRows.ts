import { excelSerialToDays } from '../excelSerialToDays';
import { isoFromDays } from '../isoFromDays';
import { xmlAttr } from './xmlAttr';
import { xmlUnescape } from './xmlUnescape';

/** What a sheet's cells refer to: the shared strings, which styles are dates, the date system. */
export interface SheetContext {
  shared: readonly string[];
  dateStyles: readonly boolean[];
  epoch1904: boolean;
}

/** Bytes of sheet XML decoded and scanned at a time: a 1M-row sheet's XML would not fit one string. */
const CHUNK_BYTES = 8 * 1024 * 1024;
const TOKEN = /<(\/?)(?:\w+:)?(row|c|v|t|is|rPh|f)\b([^>]*?)(\/?)>/g;

/** 0-based column of a cell reference's letters (`C7` is 2). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

/** ISO date (or date and time, to the second) of a date-styled serial. */
function serialText(v: string, epoch1904: boolean): string {
  const serial = Number(v);
  if (!Number.isFinite(serial)) return v;
  // 1904 system: serial 0 is 1904-01-01, 1,462 days after the 1900 system's serial 0.
  const days = epoch1904 ? Math.floor(serial) - 24107 : excelSerialToDays(serial);
  if (days === null || serial < 0) return v;
  const seconds = Math.round((serial - Math.floor(serial)) * 86400);
  if (seconds === 0) return isoFromDays(days);
  if (seconds === 86400) return isoFromDays(days + 1);
  const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
  return `${isoFromDays(days)}T${hms}`;
}

/**
 * The rows of a worksheet's XML as text, row i = the sheet's row i + 1 (rows Excel left out are
 * empty), cells at their column (`r="C7"`), padded to the widest row; empty rows at the end are
 * dropped. Text: shared, inline (rich runs joined) and formula strings; numbers as Excel stored
 * them; dates (a date number format) as ISO; booleans TRUE/FALSE; errors as shown (#N/A).
 * The XML is decoded and scanned `chunkBytes` at a time (tests make it tiny), each cut after its
 * last end tag.
 */
export function sheetRows(xml: Uint8Array, ctx: SheetContext, chunkBytes = CHUNK_BYTES): string[][] {
  const rows: string[][] = [];
  let width = 0;
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let row: string[] | null = null;
  let rowNum = 0;
  let col = -1;
  let type = 'n';
  let isDate = false;
  let value: string | null = null;
  let inline = '';
  let phonetic = 0;
  let from = -1;
  const finishRow = () => {
    if (!row) return;
    while (rows.length < rowNum - 1) rows.push([]);
    rows.push(row);
    if (row.length > width && row.some((v) => v !== '')) width = row.length;
    row = null;
  };
  for (let at = 0; at < xml.length || carry; at += chunkBytes) {
    const last = at + chunkBytes >= xml.length;
    let text = carry + (at < xml.length ? decoder.decode(xml.subarray(at, at + chunkBytes), { stream: !last }) : '');
    carry = '';
    if (!last) {
      const cut = text.lastIndexOf('</');
      const end = cut >= 0 ? text.indexOf('>', cut) : -1;
      // Keep everything after the last complete end tag for the next chunk.
      if (end >= 0) (carry = text.slice(end + 1)), (text = text.slice(0, end + 1));
      else (carry = text), (text = '');
    }
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const [, close, tag, attrs, selfClose] = m;
      if (tag === 'row') {
        if (close) finishRow();
        else {
          finishRow();
          const r = Number(xmlAttr(attrs!, 'r'));
          rowNum = Number.isInteger(r) && r > rowNum ? r : rowNum + 1;
          row = [];
          col = -1;
          if (selfClose) finishRow();
        }
      } else if (tag === 'c') {
        if (!close) {
          const ref = xmlAttr(attrs!, 'r');
          col = ref ? columnOf(ref) : col + 1;
          type = xmlAttr(attrs!, 't') ?? 'n';
          isDate = ctx.dateStyles[Number(xmlAttr(attrs!, 's') ?? 0)] === true;
          value = null;
          inline = '';
          if (selfClose) continue;
        } else if (row && col >= 0) {
          while (row.length < col) row.push('');
          row[col] = cellText(type, value, inline, isDate, ctx);
        }
      } else if (tag === 'rPh') {
        if (!selfClose) phonetic += close ? -1 : 1;
      } else if (tag === 'v' || tag === 't') {
        if (!close && !selfClose) from = TOKEN.lastIndex;
        else if (close && from >= 0) {
          const raw = text.slice(from, m.index);
          if (tag === 'v') value = raw;
          else if (phonetic === 0) inline += xmlUnescape(raw);
          from = -1;
        }
      }
    }
  }
  finishRow();
  while (rows.length && rows[rows.length - 1]!.every((v) => v === '')) rows.pop();
  for (const r of rows) {
    if (r.length > width) r.length = width;
    while (r.length < width) r.push('');
  }
  return rows;
}

function cellText(type: string, v: string | null, inline: string, isDate: boolean, ctx: SheetContext): string {
  switch (type) {
    case 's':
      return v === null ? '' : ctx.shared[Number(v)] ?? '';
    case 'inlineStr':
      return inline;
    case 'b':
      return v === null ? '' : v.trim() === '1' || v.trim() === 'true' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return v === null ? inline : xmlUnescape(v);
    default:
      return v === null ? '' : isDate ? serialText(v.trim(), ctx.epoch1904) : xmlUnescape(v.trim());
  }
}
