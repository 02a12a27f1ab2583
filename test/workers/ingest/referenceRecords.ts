/** One record as the reference reader sees it: the physical line it starts on and its fields. */
export interface RefRecord {
  line: number;
  fields: string[];
}

/**
 * A deliberately plain RFC 4180 reader over a whole decoded text, written apart from the ingest's
 * streaming tokenizer to count its records independently: CR, LF and CRLF end lines (inside
 * quotes too); a field opens a quote only at its start (after spaces when `trim`); after a closing
 * quote, spaces before a delimiter or line end are skipped, and any other text (spaces and quotes
 * included) makes the rest of the field plain text. Returns
 * null when a quoted field is still open at the end: the ingest then recovers by re-reading, which
 * this reader does not imitate.
 */
export function referenceRecords(text: string, delimiter: string, quote: string, trim: boolean): RefRecord[] | null {
  const records: RefRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const isBreak = (c: string) => c === '\n' || c === '\r';
  const skipBreak = () => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i++;
    line++;
  };
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      // One field.
      let k = i;
      if (trim) while (text[k] === ' ') k++;
      let field = '';
      if (quote !== '' && text[k] === quote) {
        i = k + 1;
        for (;;) {
          if (i >= n) return null;
          const c = text[i];
          if (c === quote) {
            if (text[i + 1] === quote) { field += c; i += 2; continue; }
            i++;
            break;
          }
          if (isBreak(c)) { field += c === '\r' && text[i + 1] === '\n' ? '\r\n' : c; skipBreak(); continue; }
          field += c;
          i++;
        }
        // Spaces after the closing quote are padding before a delimiter or a line end, else text.
        let k2 = i;
        if (trim) while (text[k2] === ' ') k2++;
        if (k2 >= n || text[k2] === delimiter || isBreak(text[k2])) i = k2;
      }
      while (i < n && text[i] !== delimiter && !isBreak(text[i])) field += text[i++];
      fields.push(field);
      if (i < n && text[i] === delimiter) { i++; continue; }
      break;
    }
    records.push({ line: start, fields });
    if (i < n) skipBreak();
  }
  return records;
}

/** Physical lines of a text: CR, LF and CRLF each end one; a final break opens no new line. */
export function physicalLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) { lines++; if (text.charCodeAt(i + 1) === 10) i++; } else if (c === 10) lines++;
  }
  return lines;
}

/** The ingest's blank row, restated: every character a space, a control character, NBSP, BOM or U+3000. */
export function isBlankRef(fields: readonly string[]): boolean {
  return fields.every((f) => /^[\u0000-\u0020\u00a0\ufeff\u3000]*$/.test(f));
}
