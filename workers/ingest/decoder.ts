import { countLineBreaks } from './countLineBreaks';
import { decodeWindows1252 } from './decodeWindows1252';

const MAX_STORED_LINES = 10_000;
// U+FFFD, and private-use characters: Node's ICU tables decode some invalid GBK/Big5 bytes
// (0xFF) to the private-use area where browsers give U+FFFD; both mean "not this encoding".
const UNDECODABLE = /[\uFFFD\uE000-\uF8FF]/g;
// A "line" longer than this is decoded without waiting for its end, so memory stays bounded.
const MAX_CARRY = 16 * 1024 * 1024;

/**
 * Streaming bytes -> text decoder for one file. Chunks go in, UTF-8 strings come out, split
 * anywhere (inside a character or a CRLF) without harm. It never emits U+FFFD silently:
 * - UTF-8: a line that is not valid UTF-8 is decoded as Windows-1252 (two exports pasted
 *   together are the usual cause) and its number is recorded in `invalidLines`, `repairedAs` set;
 * - other encodings: lines where the decoder had to substitute U+FFFD (or, in Node, a
 *   private-use character) are recorded, and the importer rejects the rows that carry one.
 * A leading byte-order mark of the encoding is skipped, even when the chunks split it; one in the
 * middle of the file is kept as U+FEFF for the importer to spot (a second export appended).
 */
export class StreamDecoder {
  readonly encoding: string;
  /** 1-based physical lines that were not valid in `encoding` (at most 10,000 kept). */
  readonly invalidLines: number[] = [];
  invalidLineCount = 0;
  /** Set when invalid UTF-8 lines were decoded as another encoding. */
  repairedAs: string | null = null;

  private head: Uint8Array | null = new Uint8Array(0); // first bytes, until the BOM question is settled
  private readonly bom: number[];
  private line = 1;         // line number at the start of the pending bytes / next text
  private afterCR = false;
  private carry: Uint8Array | null = null;
  private lastNoted = 0;
  private readonly utf8: boolean;
  private readonly fatal: TextDecoder | null;
  private readonly streaming: TextDecoder | null;

  constructor(encoding: string) {
    this.encoding = encoding.toLowerCase();
    this.bom = this.encoding.startsWith('utf-16')
      ? (this.encoding.endsWith('be') ? [0xfe, 0xff] : [0xff, 0xfe])
      : this.encoding.replace('-', '') === 'utf8' ? [0xef, 0xbb, 0xbf] : [];
    this.utf8 = this.encoding === 'utf-8' || this.encoding === 'utf8';
    const single = this.encoding === 'windows-1252' || this.encoding === 'cp1252' || this.encoding === 'latin1' || this.encoding === 'iso-8859-1';
    this.fatal = this.utf8 ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : null;
    try {
      this.streaming = this.utf8 || single ? null : new TextDecoder(this.encoding, { ignoreBOM: true });
    } catch {
      throw new RangeError(`unknown text encoding "${encoding}"`);
    }
  }

  /** Decodes the next chunk; returns the text that is complete so far. */
  decode(chunk: Uint8Array): string {
    if (this.head) {
      chunk = this.skipBom(chunk, false);
      if (this.head) return '';
    }
    if (this.utf8) return this.decodeUtf8(chunk, false);
    if (!this.streaming) return this.track(decodeWindows1252(chunk));
    return this.track(this.streaming.decode(chunk, { stream: true }));
  }

  /** Decodes whatever is still pending at the end of the file. */
  flush(): string {
    if (this.head) {
      const rest = this.skipBom(new Uint8Array(0), true);
      if (rest.length > 0) {
        const text = this.utf8 ? this.decodeUtf8(rest, true) : this.streaming ? this.track(this.streaming.decode(rest, { stream: true })) : this.track(decodeWindows1252(rest));
        return text + this.flush();
      }
    }
    if (this.utf8) return this.decodeUtf8(new Uint8Array(0), true);
    return this.streaming ? this.track(this.streaming.decode()) : '';
  }

  /** Collects the first bytes until the BOM can be recognised; returns what follows it. */
  private skipBom(chunk: Uint8Array, final: boolean): Uint8Array {
    const head = this.head!;
    const joined = head.length === 0 ? chunk : concat(head, chunk);
    if (joined.length < this.bom.length && !final) {
      this.head = joined.slice();
      return new Uint8Array(0);
    }
    this.head = null;
    const hasBom = this.bom.length > 0 && this.bom.every((b, i) => joined[i] === b);
    return hasBom ? joined.subarray(this.bom.length) : joined;
  }

  private decodeUtf8(chunk: Uint8Array, final: boolean): string {
    let data = chunk;
    if (this.carry) {
      data = concat(this.carry, chunk);
      this.carry = null;
    }
    let cut = data.length;
    if (!final) {
      // Decode whole lines only, so that a bad line can be re-read on its own.
      cut = Math.max(data.lastIndexOf(0x0a), data.lastIndexOf(0x0d)) + 1;
      if (cut === 0 && data.length > MAX_CARRY) {
        cut = data.length;
        while (cut > data.length - 4 && cut > 0 && (data[cut - 1] & 0xc0) === 0x80) cut--;
        if (cut > 0 && data[cut - 1] >= 0xc0) cut--;
      }
      if (cut < data.length) this.carry = data.slice(cut);
    }
    if (cut === 0) return '';
    const piece = cut === data.length ? data : data.subarray(0, cut);
    let text: string;
    try {
      text = this.fatal!.decode(piece);
    } catch {
      return this.repairLines(piece);
    }
    this.line += countLineBreaks(piece, 0, piece.length, this.afterCR);
    this.afterCR = piece[piece.length - 1] === 0x0d;
    return text;
  }

  private repairLines(piece: Uint8Array): string {
    let out = '';
    let start = 0;
    while (start < piece.length) {
      let end = start;
      while (end < piece.length && piece[end] !== 0x0a && piece[end] !== 0x0d) end++;
      if (end < piece.length) end += piece[end] === 0x0d && piece[end + 1] === 0x0a ? 2 : 1;
      const bytes = piece.subarray(start, end);
      try {
        out += this.fatal!.decode(bytes);
      } catch {
        out += decodeWindows1252(bytes);
        this.note(this.line);
        this.repairedAs = 'windows-1252';
      }
      this.line += countLineBreaks(bytes, 0, bytes.length, this.afterCR);
      this.afterCR = bytes[bytes.length - 1] === 0x0d;
      start = end;
    }
    return out;
  }

  /** Counts lines in decoded text and records those with U+FFFD (non-UTF-8 decoders). */
  private track(text: string): string {
    if (text.length === 0) return text;
    let from = 0;
    let line = this.line;
    let afterCR = this.afterCR;
    UNDECODABLE.lastIndex = 0;
    for (let m = UNDECODABLE.exec(text); m; m = UNDECODABLE.exec(text)) {
      const bad = m.index;
      line += countLineBreaks(text, from, bad, afterCR);
      afterCR = bad > from ? text.charCodeAt(bad - 1) === 13 : afterCR;
      from = bad;
      if (this.lastNoted !== line) this.note(line);
    }
    this.line = line + countLineBreaks(text, from, text.length, afterCR);
    this.afterCR = text.charCodeAt(text.length - 1) === 13;
    return text;
  }

  private note(line: number): void {
    this.lastNoted = line;
    this.invalidLineCount++;
    if (this.invalidLines.length < MAX_STORED_LINES) this.invalidLines.push(line);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
