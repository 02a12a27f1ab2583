/**
 * The import report's warning about the totals row at `line`: its amount (null when it has none
 * or it is not a number) compared with `sumAbove`, the sum of the amounts imported above it, to
 * the cent, so the user sees whether the file's own total agrees with the rows kept.
 */
export function totalsWarning(line: number, label: string, amount: number | null, sumAbove: number): string {
  if (amount === null) return `Line ${line} is a totals row ("${label}"); left out.`;
  const sum = Math.round(sumAbove * 100) / 100;
  return Math.abs(amount - sum) < 0.005
    ? `Line ${line} is a totals row ("${label}"); left out (its amount ${amount} equals the sum of the rows above).`
    : `Line ${line} is a totals row ("${label}"); left out (its amount ${amount} differs from the sum of the rows above, ${sum}).`;
}
