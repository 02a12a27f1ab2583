import { expect } from 'vitest';

/**
 * Assert that two JSON-like values are equal, numbers to `rel` relative difference (sums over
 * many rows differ in the last bits when native DuckDB adds them in parallel) and integers
 * exactly; timings (keys named `ms` or ending in `_ms`, the import report's `steps`) are skipped. The failure names the path of the first difference.
 */
export function expectClose(actual: unknown, expected: unknown, rel = 1e-9, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isInteger(expected) && Number.isInteger(actual)) {
      expect(actual, path).toBe(expected);
      return;
    }
    if (Number.isNaN(expected)) {
      expect(actual, path).toBeNaN();
      return;
    }
    const scale = Math.max(Math.abs(expected), Math.abs(actual));
    expect(Math.abs(actual - expected) <= rel * scale, `${path}: ${actual} vs ${expected}`).toBe(true);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    const a = actual as unknown[];
    expect(a.length, `${path}.length`).toBe(expected.length);
    expected.forEach((v, i) => expectClose(a[i], v, rel, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is an object`).toBe(true);
    const a = actual as Record<string, unknown>;
    const keys = Object.keys(expected).filter((k) => !isTiming(k));
    expect(Object.keys(a).filter((k) => !isTiming(k)).sort(), `${path} keys`).toEqual([...keys].sort());
    for (const k of keys) expectClose(a[k], (expected as Record<string, unknown>)[k], rel, `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

/** Keys whose values are run times, which differ between any two runs. */
function isTiming(key: string): boolean {
  return key === 'ms' || key.endsWith('_ms') || key === 'steps';
}
