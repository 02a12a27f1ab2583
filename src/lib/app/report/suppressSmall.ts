/**
 * Disclosure control for reports: a count below `k` (but above zero) is not shown, so a segment
 * of one or two customers cannot be recognised. Returns the text to print.
 */
export function suppressSmall(count: number, k: number, format: (n: number) => string): string {
  if (!Number.isInteger(k) || k < 1) throw new Error(`invalid k: ${k} (expected a whole number >= 1)`);
  return count > 0 && count < k ? `< ${format(k)}` : format(count);
}
