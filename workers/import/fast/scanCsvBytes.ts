import { readBytes } from '../readBytes';

/** What `scanCsvBytes` proved about a file that DuckDB's reader can take as it is. */
export interface CsvScan {
  /** Physical lines, header and blank lines included (a last line without a line break counts). */
  lines: number;
  /** Every line ends with CRLF (else every line ends with LF). */
  crlf: boolean;
  /** Empty lines (DuckDB skips them; the ingest lists them as blank lines), in order. */
  blank: number[];
  /** Some space touches a delimiter, a line break or the start of the file: fields need trimming. */
  spaces: boolean;
  /**
   * Byte offsets that cut the file into pieces of whole lines of about `chunkBytes` each: piece k
   * is [cuts[k], cuts[k + 1]); the first is 0 and the last the file's size.
   */
  cuts: number[];
}

/** Bytes read per step; whole lines are carried over, so a line must fit in one step. */
const CHUNK = 4 * 1024 * 1024;
/**
 * The ingest rejects a field longer than 1 MiB characters (csvTokenizer); a line of at most this
 * many bytes cannot hold such a field, so the two readers agree on every line the scan lets through.
 */
const MAX_LINE = 1 << 20;
/** More blank lines than this and the line numbers are not worth mapping: the slow path does it. */
const MAX_BLANK = 100_000;
const LF = 10, CR = 13, QUOTE = 34, SPACE = 32;
const SEEN_CR = 1, SEEN_QUOTE = 2, SEEN_EF = 4;

/**
 * One pass over the raw bytes that proves the file is "one record per physical line" CSV which
 * DuckDB's reader and the TypeScript tokenizer split identically, or says why not (a string,
 * and the caller falls back to the TypeScript path). It does not decode text: native `indexOf`
 * finds line breaks, quotes and BOM bytes, and a 4-bytes-at-a-time test finds control bytes and
 * spaces next to delimiters. The file is read lazily in 4 MB steps, the next ones read (off-thread)
 * while this one is scanned, so memory stays at a few steps whatever the file's size.
 *
 * Refused, each because the two readers would differ or the line number would not be known:
 * control bytes (the ingest rejects those rows), a byte-order mark after the start, bare CR or
 * mixed line endings, lines over 1 MiB, a quoted field that spans lines, a quote inside an
 * unquoted field or text after a closing quote, spaces just inside quotes (DuckDB's values are
 * trimmed afterwards), lines with more than `width` fields whose extra fields are empty (DuckDB
 * drops trailing empty fields without a word), and over 100,000 blank lines.
 */
export async function scanCsvBytes(file: Blob, delimiter: string, width: number, chunkBytes = Infinity, ahead = 2): Promise<CsvScan | string> {
  // `width`: the header's field count; `chunkBytes`: the size of the pieces `cuts` marks;
  // `ahead`: steps read ahead of the one being scanned.
  const delim = delimiter.charCodeAt(0);
  const state: ScanState = { lines: 0, crlf: 0, lf: 0, blank: [], spaces: false, cuts: [0], chunk: chunkBytes, base: 0 };
  const reads: Promise<Uint8Array>[] = [];
  // In a worker, FileReaderSync reads a slice without a round of promises (and DuckDB reads the
  // same way); elsewhere the async reads of the next steps run while this one is scanned.
  const sync = typeof FileReaderSync !== 'undefined' ? new FileReaderSync() : null;
  const read = (from: number) => {
    const p = sync ? Promise.resolve(new Uint8Array(sync.readAsArrayBuffer(file.slice(from, from + CHUNK)))) : readBytes(file, from, from + CHUNK);
    p.catch(() => undefined); // a read still in flight when the scan gives up must not go unhandled
    return p;
  };
  for (let k = 0; k < ahead; k++) reads.push(read(k * CHUNK));
  let carry: Uint8Array | null = null;
  for (let offset = 0, k = 0; offset < file.size; offset += CHUNK, k++) {
    const bytes = await reads[k];
    if ((k + ahead) * CHUNK < file.size) reads.push(read((k + ahead) * CHUNK));
    delete reads[k];
    const last = offset + CHUNK >= file.size;
    let data: Uint8Array = bytes;
    state.base = offset - (carry?.length ?? 0);
    if (carry) {
      data = new Uint8Array(carry.length + bytes.length);
      data.set(carry);
      data.set(bytes, carry.length);
      carry = null;
    }
    // Whole lines only: the tail after the last LF waits for the next step (or ends the file).
    let end = data.length;
    if (!last) {
      end = data.lastIndexOf(LF) + 1;
      if (end === 0 && data.length > MAX_LINE) return `line ${state.lines + 1} is longer than 1 MiB`;
      carry = data.slice(end);
    }
    const start = offset === 0 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
    if (data[start] === SPACE) state.spaces = true;
    const words = scanWords(data, end, delim);
    if (typeof words === 'string') return `${words} (after line ${state.lines})`;
    if (words.spaces) state.spaces = true;
    if (words.seen & SEEN_EF) {
      const bom = innerBom(data, start, end);
      if (bom) return `${bom} (after line ${state.lines})`;
    }
    const why = scanLines(data, start, end, delim, width, state, words.seen);
    if (why) return why;
  }
  if (state.crlf > 0 && state.lf > 0) return 'mixed line endings (CRLF and LF)';
  if (state.cuts[state.cuts.length - 1] < file.size) state.cuts.push(file.size);
  return { lines: state.lines, crlf: state.crlf > 0, blank: state.blank, spaces: state.spaces, cuts: state.cuts };
}

/** Counts so far; `cuts`, `chunk` as in CsvScan; `base`: the file offset of the step's data[0]. */
type ScanState = { lines: number; crlf: number; lf: number; blank: number[]; spaces: boolean; cuts: number[]; chunk: number; base: number };

/** Checks the lines of data[from, end) one by one and counts them into `state`; returns why not, or null. */
function scanLines(data: Uint8Array, from: number, end: number, delim: number, width: number, state: ScanState, seen: number): string | null {
  let quote = seen & SEEN_QUOTE ? data.indexOf(QUOTE, from) : -1;
  if (quote < 0 || quote >= end) quote = end;
  let cr = seen & SEEN_CR ? data.indexOf(CR, from) : -1;
  if (cr < 0 || cr >= end) cr = end;
  for (let s = from; s < end; ) {
    let lf = data.indexOf(LF, s);
    if (lf < 0 || lf >= end) lf = end;
    const line = ++state.lines;
    let e = lf;
    // The last line of the file may end without a break: it is neither CRLF nor LF.
    if (lf < end && e > s && data[e - 1] === CR) { e--; state.crlf++; } else if (lf < end) state.lf++;
    if (cr < e) return `line ${line} has a carriage return that does not end the line`;
    if (cr === e && e < lf) {
      cr = data.indexOf(CR, lf);
      if (cr < 0 || cr >= end) cr = end;
    }
    const line0 = s;
    s = lf + 1;
    if (lf < end && state.base + s - state.cuts[state.cuts.length - 1] >= state.chunk) state.cuts.push(state.base + s);
    if (e === line0) {
      if (state.blank.length >= MAX_BLANK) return 'over 100,000 blank lines';
      state.blank.push(line);
      continue;
    }
    if (lf - line0 > MAX_LINE) return `line ${line} is longer than 1 MiB`;
    if (quote < e) {
      const q = checkQuotes(data, line0, e, delim, quote);
      if (typeof q === 'string') return `line ${line}: ${q}`;
      quote = q;
    }
    const b = data[e - 1];
    // A line ending in a delimiter (or in `,""`) may carry empty extra fields, which DuckDB drops.
    if ((b === delim || (b === QUOTE && e - line0 >= 3 && data[e - 2] === QUOTE && data[e - 3] === delim)) && countFields(data, line0, e, delim) > width) {
      return `line ${line} has empty fields after the last column`;
    }
  }
  return null;
}

/**
 * Checks the quoted fields of the line data[s, e) from its first quote at `q`: each must open a
 * field, close on this line, be followed by a delimiter or the line end, and have no space just
 * inside either quote. Returns the first quote after the line, or why the line fails.
 */
function checkQuotes(data: Uint8Array, s: number, e: number, delim: number, q: number): number | string {
  while (q < e) {
    if (q > s && data[q - 1] !== delim) return 'a quote inside an unquoted field';
    if (data[q + 1] === SPACE) return 'a space inside the quotes';
    let close = data.indexOf(QUOTE, q + 1);
    while (close >= 0 && close < e - 1 && data[close + 1] === QUOTE) close = data.indexOf(QUOTE, close + 2);
    if (close < 0 || close >= e) return 'a quoted field that does not close on its line';
    if (close > q + 1 && data[close - 1] === SPACE) return 'a space inside the quotes';
    if (close + 1 < e && data[close + 1] !== delim) return 'text after a closing quote';
    q = data.indexOf(QUOTE, close + 1);
    if (q < 0) q = data.length;
  }
  return q;
}

/** Fields on the line data[s, e), delimiters inside quotes not counted (quotes already checked). */
function countFields(data: Uint8Array, s: number, e: number, delim: number): number {
  let n = 1, quoted = false;
  for (let i = s; i < e; i++) {
    const c = data[i];
    if (c === QUOTE) quoted = !quoted;
    else if (c === delim && !quoted) n++;
  }
  return n;
}

/**
 * Four bytes at a time over data[0, end): the first control byte the ingest rejects rows for
 * (below 0x20 but TAB, LF and CR, and DEL), named; else which of CR, quote and 0xEF occur (so
 * the line pass skips searching for them) and whether a space touches a delimiter or a line
 * break. (x - 0x20202020) & ~x & 0x80808080 is non-zero exactly when some byte of x is below
 * 0x20, and the same test on x ^ 0x7f7f7f7f (against 0x01010101) when some byte is DEL, and so on;
 * only such words are looked at byte by byte. `zero(y)` has 0x80 in exactly the bytes of y that
 * are 0, so zero(x ^ 0x20202020) marks the spaces of x.
 */
function scanWords(data: Uint8Array, end: number, delim: number): string | { seen: number; spaces: boolean } {
  const words = end >> 2;
  const u32 = new Uint32Array(data.buffer, data.byteOffset, words);
  const D = delim * 0x01010101;
  let spaces = false, seen = 0;
  let prevSpace = 0, prevEdge = 0; // the last byte of the previous word: a space / a delimiter or break
  for (let i = 0; i < words; i++) {
    const x = u32[i];
    const del = x ^ 0x7f7f7f7f, q = x ^ 0x22222222, ef = x ^ 0xefefefef;
    if ((((x - 0x20202020) & ~x) | ((del - 0x01010101) & ~del) | ((q - 0x01010101) & ~q) | ((ef - 0x01010101) & ~ef)) & 0x80808080) {
      for (let k = i << 2; k < (i << 2) + 4; k++) {
        const b = data[k];
        if (b === CR) seen |= SEEN_CR;
        else if (b === QUOTE) seen |= SEEN_QUOTE;
        else if (b === 0xef) seen |= SEEN_EF;
        else if (isControl(b)) return `control character U+${b.toString(16).toUpperCase().padStart(4, '0')}`;
      }
    }
    if (spaces) continue;
    const s = zero(x ^ 0x20202020);
    if (s === 0 && prevSpace === 0) {
      const top = x >>> 24;
      prevEdge = top === delim || top === LF || top === CR ? 0x80 : 0;
      continue;
    }
    const edge = zero(x ^ D) | zero(x ^ 0x0a0a0a0a) | zero(x ^ 0x0d0d0d0d);
    if ((s & ((edge << 8) | (edge >>> 8))) !== 0 || (prevSpace & edge & 0x80) !== 0 || (prevEdge & s & 0x80) !== 0) spaces = true;
    prevSpace = (s >>> 24) & 0x80;
    prevEdge = (edge >>> 24) & 0x80;
  }
  for (let k = words << 2; k < end; k++) {
    const b = data[k];
    if (b === CR) seen |= SEEN_CR;
    else if (b === QUOTE) seen |= SEEN_QUOTE;
    else if (b === 0xef) seen |= SEEN_EF;
    else if (isControl(b)) return `control character U+${b.toString(16).toUpperCase().padStart(4, '0')}`;
    if (!spaces && b === SPACE && k > 0 && isEdge(data[k - 1], delim)) spaces = true;
    if (!spaces && k > 0 && data[k - 1] === SPACE && isEdge(b, delim)) spaces = true;
  }
  return { seen, spaces };
}

/** 0x80 in each byte of `y` that is zero, 0 elsewhere (exact, unlike the quick "has zero" test). */
function zero(y: number): number {
  return ~(((y & 0x7f7f7f7f) + 0x7f7f7f7f) | y | 0x7f7f7f7f);
}

function isEdge(b: number, delim: number): boolean {
  return b === delim || b === LF || b === CR;
}

function isControl(b: number): boolean {
  return (b < 32 && b !== 9 && b !== LF && b !== CR) || b === 0x7f;
}

/** A UTF-8 byte-order mark in data[from, end) (a second export appended), named, or null. */
function innerBom(data: Uint8Array, from: number, end: number): string | null {
  for (let i = data.indexOf(0xef, from); i >= 0 && i < end; i = data.indexOf(0xef, i + 1)) {
    if (data[i + 1] === 0xbb && data[i + 2] === 0xbf) return 'a byte-order mark inside the file';
  }
  return null;
}
