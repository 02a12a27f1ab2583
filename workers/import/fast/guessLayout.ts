/** What fastInsertSql must know of a file before scanCsvBytes has confirmed it. */
export interface CsvLayout {
  crlf: boolean;
  spaces: boolean;
}

const LF = 10, CR = 13, SPACE = 32;

/**
 * scanCsvBytes's `crlf` and `spaces` as the first bytes of a file suggest them, so DuckDB can
 * start reading before the scan of the whole file ends: line endings from the first line (a file
 * the scan passes ends every line the same way), spaces from any space next to a delimiter, a
 * line break or the start. Only a guess for `spaces` (one may come later): fastImport compares
 * with the scan and reads again when they differ.
 */
export function guessLayout(head: Uint8Array, delimiter: string): CsvLayout {
  const delim = delimiter.charCodeAt(0);
  const lf = head.indexOf(LF);
  const edge = (b: number | undefined) => b === delim || b === LF || b === CR;
  let spaces = head[0] === SPACE || (head[0] === 0xef && head[3] === SPACE);
  for (let i = head.indexOf(SPACE); !spaces && i >= 0; i = head.indexOf(SPACE, i + 1)) {
    if (edge(head[i - 1]) || edge(head[i + 1])) spaces = true;
  }
  return { crlf: lf > 0 && head[lf - 1] === CR, spaces };
}
