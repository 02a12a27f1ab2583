/**
 * The import report's warning about lines that were not valid in the file's `encoding`: `count`
 * of them, the first 20 of `lines` named; `repairedAs` is the encoding they were read in instead
 * (UTF-8 lines pasted from Windows-1252), or null when their bytes were rejected.
 */
export function encodingWarning(lines: readonly number[], count: number, repairedAs: string | null, encoding: string): string {
  const shown = lines.slice(0, 20).join(', ') + (count > 20 ? ` and ${(count - 20).toLocaleString('en-US')} more` : '');
  const n = count.toLocaleString('en-US');
  return repairedAs
    ? `${n} line${count === 1 ? ' is' : 's are'} not valid UTF-8 (line${count === 1 ? '' : 's'} ${shown}); read as ${repairedAs}.`
    : `${n} line${count === 1 ? ' has' : 's have'} bytes that are not valid ${encoding} (line${count === 1 ? '' : 's'} ${shown}).`;
}
