import type { CsvRecord } from './types';
import { trimSpaces } from './trimSpaces';
import { unquotedLine } from './unquotedLine';

/** How to split text into records. */
export interface TokenizerOptions {
  delimiter: string;        // one character; ' ' means "runs of spaces and tabs"
  quote?: string;           // default '"'; '' turns quoting off
  trimSpaces?: boolean;     // strip U+0020 around unquoted fields (quoted ones stay as written)
  maxFieldChars?: number;   // a longer field makes its record an error (default 1 MiB)
  maxQuotedLines?: number;  // a quoted field spanning more lines is taken as a stray quote (default 10,000)
}

const REC_START = 0, FIELD_START = 1, UNQUOTED = 2, QUOTED = 3, QUOTE_SEEN = 4, AFTER_CR = 5;
const LF = 10, CR = 13, SPACE = 32, TAB = 9;

/**
 * Streaming RFC 4180 tokenizer: push text in chunks of any size, get records with the 1-based
 * physical line where each starts (CR, LF and CRLF each end a line, inside quotes too). State
 * carries across chunks, so nothing is re-read and a field split by a chunk boundary costs nothing.
 * Lenient where files are: a quote inside an unquoted field is text; text after a closing quote is
 * kept. Strict where silence would lose data: a quoted field still open at the end of the file (or
 * after `maxQuotedLines` lines) is reported as "unterminated quoted field starting at line N", its
 * line is read as unquoted, and the lines after it are read again as records.
 */
export class CsvTokenizer {
  private readonly delim: number;
  private readonly quote: number;
  private readonly quoteText: string;
  private readonly ws: boolean;
  private readonly trim: boolean;
  private readonly maxField: number;
  private readonly maxLines: number;
  private state = REC_START;
  private line = 1;
  private recLine = 1;
  private quoteLine = 1;
  private quotedLines = 0;
  private fields: string[] = [];
  private field = '';
  private raw = '';          // text of the current record from earlier chunks (for recovery)
  private keepRaw = true;
  private oversized = false;
  private oversizedField = 0;
  private lastWasCR = false;
  private stray = false;     // the current record has a quote where RFC 4180 allows none
  private padding = 0;       // spaces seen after a closing quote: padding before a delimiter, else text
  private sink: (record: CsvRecord) => void = () => {}; // last char of the previous chunk, for a CRLF split inside quotes

  constructor(options: TokenizerOptions) {
    this.ws = options.delimiter === ' ';
    this.delim = this.ws ? SPACE : options.delimiter.charCodeAt(0);
    this.quote = options.quote === '' ? -1 : (options.quote ?? '"').charCodeAt(0);
    this.quoteText = options.quote ?? '"';
    this.trim = options.trimSpaces ?? false;
    this.maxField = options.maxFieldChars ?? 1 << 20;
    this.maxLines = options.maxQuotedLines ?? 10_000;
  }

  /** The physical line the tokenizer has reached. */
  get currentLine(): number {
    return this.line;
  }

  /** Tokenizes the next chunk of text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.pushEach(text, (r) => out.push(r));
    return out;
  }

  /**
   * Like `push`, handing each record to `each` as soon as it is complete. Faster for big files:
   * records are consumed while young instead of piling up for a whole chunk, which spares the
   * garbage collector from promoting tens of thousands of them.
   */
  pushEach(text: string, each: (record: CsvRecord) => void): void {
    this.sink = each;
    this.run(text);
  }

  /** Ends the input: returns the last record (and recovers from an unterminated quote). */
  finish(): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.sink = (r) => out.push(r);
    while (this.state === QUOTED) {
      if (!this.keepRaw) {
        this.field = '';
        this.fields.push('');
        this.emit( `unterminated quoted field starting at line ${this.quoteLine}; lines ${this.quoteLine}-${this.line} could not be read`);
        this.state = REC_START;
        return out;
      }
      this.recover(this.raw);
    }
    if (this.state === UNQUOTED || this.state === QUOTE_SEEN) {
      this.endField();
      this.emit();
    } else if (this.state === FIELD_START && this.fields.length > 0) {
      if (!this.ws) this.fields.push('');
      this.emit();
    }
    this.state = REC_START;
    return out;
  }

  private run(s: string): void {
    const n = s.length;
    if (n === 0) return;
    const D = this.delim, Q = this.quote, ws = this.ws;
    let i = 0;
    let recStart = 0;
    if (this.state === AFTER_CR) {
      if (n > 0 && s.charCodeAt(0) === LF) i = 1;
      this.state = REC_START;
      recStart = i;
    }
    const fast = !ws;
    while (i < n) {
      if (fast && this.state === REC_START) {
        i = this.simpleLines(s, i);
        if (i >= n) break;
      }
      const state = this.state;
      if (state === QUOTED) {
        let j = s.indexOf(this.quoteText, i);
        if (j < 0) j = n;
        let breaks = 0;
        for (let k = i; k < j; k++) {
          const c = s.charCodeAt(k);
          if (c === CR) breaks++;
          else if (c === LF && !(k > i ? s.charCodeAt(k - 1) === CR : i === 0 && this.lastWasCR)) breaks++;
        }
        this.line += breaks;
        this.quotedLines += breaks;
        if (!this.oversized) this.grow(s.slice(i, j));
        i = j === n ? n : j + 1;
        if (j < n) this.state = QUOTE_SEEN;
        if (this.quotedLines > this.maxLines && this.keepRaw) {
          // Runaway quote: re-read from the record start, the quote taken as text.
          const rest = s.slice(i);
          this.recover(this.raw + s.slice(recStart, i));
          this.run(rest);
          return;
        }
        continue;
      }
      if (state === QUOTE_SEEN) {
        const c = s.charCodeAt(i);
        if (c === Q && this.padding === 0) {
          if (!this.oversized) this.field += s[i];
          this.state = QUOTED;
          i++;
        } else if (c === D && !ws) {
          this.padding = 0;
          this.endField(true);
          this.state = FIELD_START;
          i++;
        } else if (c === LF || c === CR) {
          this.padding = 0;
          this.endField(true);
          i = this.endRecord(s, i);
        } else if (c === SPACE && (this.trim || ws)) {
          if (ws) { this.endField(true); this.state = FIELD_START; } else this.padding++;
          i++;
        } else {
          // `"abc"def` and `"abc" "def"`: the rest is text, spaces and quotes included (a quote
          // after spaces is not an escaped one: taken so, it swallowed delimiters and lines).
          if (this.padding > 0 && !this.oversized) this.field += ' '.repeat(this.padding);
          this.padding = 0;
          this.state = UNQUOTED;
          this.stray = true;
        }
        continue;
      }
      if (state === REC_START) {
        this.recLine = this.line;
        recStart = i;
        this.state = FIELD_START;
      }
      if (this.state === FIELD_START) {
        let c = s.charCodeAt(i);
        if (ws) {
          while (c === SPACE || c === TAB) {
            if (++i === n) return this.save(s, recStart);
            c = s.charCodeAt(i);
          }
          if ((c === LF || c === CR) && this.fields.length > 0) {
            i = this.endRecord(s, i);
            continue;
          }
        } else if (this.trim && c === SPACE) {
          // A quoted field after spaces (`a, "b, c"`) is still a quoted field.
          let k = i;
          while (k < n && s.charCodeAt(k) === SPACE) k++;
          if (k < n && s.charCodeAt(k) === Q) { i = k; c = Q; }
        }
        if (c === Q) {
          this.state = QUOTED;
          this.quoteLine = this.line;
          this.quotedLines = 0;
          this.field = '';
          i++;
          continue;
        }
        this.state = UNQUOTED;
      }
      // UNQUOTED: scan to the next delimiter or line break.
      let j = i;
      if (ws) {
        for (let c = s.charCodeAt(j); j < n && c !== SPACE && c !== TAB && c !== LF && c !== CR; c = s.charCodeAt(++j)) if (c === Q) this.stray = true;
      } else {
        for (let c = s.charCodeAt(j); j < n && c !== D && c !== LF && c !== CR; c = s.charCodeAt(++j)) if (c === Q) this.stray = true;
      }
      if (this.field === '') this.field = s.slice(i, j);
      else if (!this.oversized) this.grow(s.slice(i, j));
      if (j === n) { i = n; continue; }
      this.endField();
      const c = s.charCodeAt(j);
      if (c === LF || c === CR) i = this.endRecord(s, j);
      else { i = j + 1; this.state = FIELD_START; }
    }
    this.save(s, recStart);
  }

  /**
   * Fast path: reads whole lines without quotes from `i` in a tight loop (native indexOf and
   * slice, no per-character work), and stops at the first line that needs the state machine.
   * Positions of the next LF, CR and quote are kept, so each is searched once per occurrence.
   */
  private simpleLines(s: string, i: number): number {
    const n = s.length;
    const delim = String.fromCharCode(this.delim);
    let nextCR = s.indexOf('\r', i);
    if (nextCR < 0) nextCR = n;
    let nextQ = this.quote < 0 ? n : s.indexOf(this.quoteText, i);
    if (nextQ < 0) nextQ = n;
    while (i < n) {
      const lf = s.indexOf('\n', i);
      if (lf < 0 || nextQ < lf) return i;
      if (nextCR < lf - 1) return i; // a bare CR: let the state machine count it
      const end = nextCR === lf - 1 ? lf - 1 : lf;
      const fields: string[] = [];
      let p = i;
      for (;;) {
        let j = s.indexOf(delim, p);
        if (j < 0 || j > end) j = end;
        fields.push(this.trim ? trimSpaces(s.slice(p, j)) : s.slice(p, j));
        if (j === end) break;
        p = j + 1;
      }
      this.sink({ fields, line: this.line++ });
      i = lf + 1;
      if (nextCR < i) {
        nextCR = s.indexOf('\r', i);
        if (nextCR < 0) nextCR = n;
      }
    }
    return i;
  }

  private save(s: string, recStart: number): void {
    this.lastWasCR = s.length > 0 && s.charCodeAt(s.length - 1) === CR;
    if (this.state === REC_START || this.state === AFTER_CR) this.raw = '';
    else if (this.keepRaw) this.raw += recStart === 0 ? s : s.slice(recStart);
  }

  private grow(part: string): void {
    if (this.field.length + part.length > this.maxField) {
      this.oversized = true;
      this.oversizedField = this.fields.length + 1;
      this.keepRaw = false;
      this.raw = '';
      this.field = '';
      return;
    }
    this.field += part;
  }

  private endField(quoted = false): void {
    this.fields.push(!quoted && this.trim ? trimSpaces(this.field) : this.field);
    this.field = '';
  }

  /** Ends the record at the line break at `j`; returns the index after the break. */
  private endRecord(s: string, j: number): number {
    this.emit();
    this.line++;
    this.state = REC_START;
    if (s.charCodeAt(j) === CR) {
      if (j + 1 === s.length) { this.state = AFTER_CR; return j + 1; }
      if (s.charCodeAt(j + 1) === LF) return j + 2;
    }
    return j + 1;
  }

  private emit(error?: string): void {
    if (!error && this.oversized) error = `field ${this.oversizedField} is longer than ${this.maxField} characters (the limit)`;
    const record: CsvRecord = error ? { fields: this.fields, line: this.recLine, error } : { fields: this.fields, line: this.recLine };
    if (this.stray) record.strayQuote = true;
    this.sink(record);
    this.stray = false;
    this.padding = 0;
    this.fields = [];
    this.oversized = false;
    this.keepRaw = true;
    this.raw = '';
  }

  /** Emits the record up to the end of the quote's line as unquoted text; re-reads what follows. */
  private recover(raw: string): void {
    const split = { delimiter: String.fromCharCode(this.delim), whitespace: this.ws, trim: this.trim };
    const { fields, next } = unquotedLine(raw, this.quoteLine - this.recLine, split);
    const quoteLine = this.quoteLine;
    this.fields = fields;
    this.emit( `unterminated quoted field starting at line ${quoteLine}`);
    this.field = '';
    this.state = REC_START;
    this.line = quoteLine + 1;
    this.lastWasCR = false;
    this.run(raw.slice(next));
  }
}
