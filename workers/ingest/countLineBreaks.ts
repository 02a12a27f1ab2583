/**
 * Counts physical line breaks in `data[from, to)`, where CR, LF and CRLF each count once.
 * `afterCR` says the unit before `from` was a CR (so a leading LF completes that CRLF).
 * Bytes use native indexOf scans (callers pass whole chunks); strings a loop bounded by the range.
 */
export function countLineBreaks(data: Uint8Array | string, from: number, to: number, afterCR: boolean): number {
  let n = 0;
  if (typeof data === 'string') {
    let prevCR = afterCR;
    for (let i = from; i < to; i++) {
      const c = data.charCodeAt(i);
      if (c === 13) n++;
      else if (c === 10 && !prevCR) n++;
      prevCR = c === 13;
    }
    return n;
  }
  for (let i = data.indexOf(10, from); i >= 0 && i < to; i = data.indexOf(10, i + 1)) n++;
  for (let i = data.indexOf(13, from); i >= 0 && i < to; i = data.indexOf(13, i + 1)) if (i + 1 >= to || data[i + 1] !== 10) n++;
  // CRLF pairs were counted once, by their LF; a CR that ends the range counts now, and its LF
  // (if the next range starts with one) is then discounted through `afterCR`.
  if (afterCR && from < to && data[from] === 10) n--;
  return n;
}
