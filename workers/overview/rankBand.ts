/**
 * A rank selection key "from..to" (customer shares, 0 <= from < to <= 1, at most 6 decimals) as
 * numbers; throws naming the key when it is not one. The numbers are written back into SQL, so
 * only plain decimals pass.
 */
export function rankBand(key: string): { from: number; to: number } {
  const m = /^(\d(?:\.\d{1,6})?)\.\.(\d(?:\.\d{1,6})?)$/.exec(key);
  const from = m ? Number(m[1]) : NaN;
  const to = m ? Number(m[2]) : NaN;
  if (!(from >= 0 && from < to && to <= 1)) throw new Error(`invalid rank band: ${key} (expected from..to with 0 <= from < to <= 1)`);
  return { from, to };
}
