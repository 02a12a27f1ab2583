/**
 * A finite number as SQL text, checked against a range; `what` names the option in the error,
 * e.g. `invalid minSupport: -1 (expected 0..1)`.
 */
export function sqlNumber(value: number, what: string, min = -Infinity, max = Infinity): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const range = min === -Infinity && max === Infinity ? 'a finite number' : `${min}..${max}`;
    throw new Error(`invalid ${what}: ${String(value)} (expected ${range})`);
  }
  // Exponent notation (1e-7) is a DOUBLE literal in DuckDB; plain decimals parse as DECIMAL and
  // are cast exactly, so the string form that round-trips the JS number is safe either way.
  return String(value);
}
