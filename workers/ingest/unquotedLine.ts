const LF = 10, CR = 13;

/** How unquotedLine splits a line: the tokenizer's own delimiter and trimming. */
interface LineSplit {
  /** One character (ignored when `whitespace`). */
  delimiter: string;
  /** Fields are separated by runs of spaces and tabs (CDNOW style). */
  whitespace: boolean;
  /** Strip U+0020 around each field. */
  trim: boolean;
}

/**
 * Recovery from an unterminated quote: `raw` is the text of the record from its first line, and
 * the quote opened `skip` lines further down. The record's text up to the end of the quote's line
 * is split as unquoted text, so the record keeps what it can and says which quote broke it; `next`
 * is the index in `raw` after that line's break (CR, LF or CRLF), from where the tokenizer reads
 * again the lines the quote had swallowed, so none of them is lost.
 */
export function unquotedLine(raw: string, skip: number, split: LineSplit): { fields: string[]; next: number } {
  let pos = 0;
  for (let k = skip; k > 0; k--) pos = nextBreak(raw, pos);
  const head = raw.slice(0, lineEnd(raw, pos));
  const fields = split.whitespace ? head.trim().split(/[ \t]+/) : head.split(split.delimiter);
  return { fields: split.trim ? fields.map((f) => f.replace(/^ +| +$/g, '')) : fields, next: nextBreak(raw, pos) };
}

function lineEnd(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === LF || c === CR) return k;
  }
  return s.length;
}

function nextBreak(s: string, from: number): number {
  const k = lineEnd(s, from);
  if (k === s.length) return k;
  return s.charCodeAt(k) === CR && s.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
}
