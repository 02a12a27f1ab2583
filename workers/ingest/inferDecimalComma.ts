/**
 * Whether a number column writes decimals with a comma (1.234,56), from its values as a whole:
 * a cell with both marks shows which comes last; a lone mark followed by 1-2 or 4+ digits is a
 * decimal mark; repeated marks are thousands separators. "1.234" alone proves nothing. Ties and
 * columns without evidence say no (decimal point).
 */
export function inferDecimalComma(values: readonly string[]): boolean {
  let comma = 0, dot = 0;
  for (const v of values) {
    const s = v.replace(/[^\d.,]/g, '');
    const dots = count(s, '.'), commas = count(s, ',');
    if (dots && commas) {
      if (s.lastIndexOf(',') > s.lastIndexOf('.')) comma++;
      else dot++;
    } else if (commas) {
      if (commas > 1) dot++;
      else if (s.length - s.lastIndexOf(',') - 1 !== 3) comma++;
    } else if (dots) {
      if (dots > 1) comma++;
      else if (s.length - s.lastIndexOf('.') - 1 !== 3) dot++;
    }
  }
  return comma > dot;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
