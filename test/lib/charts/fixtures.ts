import type { RetentionRow } from '../../../src/lib/charts/retention';

/** A retention triangle: `n` monthly cohorts from 2024-01, retention decaying with noise-free maths. */
export function triangle(n: number): RetentionRow[] {
  const rows: RetentionRow[] = [];
  for (let c = 0; c < n; c++) {
    const cohort = `2024-${String(c + 1).padStart(2, '0')}`;
    const size = 400 + ((c * 37) % 90);
    for (let p = 0; p < n - c; p++) {
      const rate = p === 0 ? 1 : Math.round((0.32 * Math.pow(0.8, p - 1) + (c % 3) * 0.01) * 1000) / 1000;
      const customers = Math.round(size * rate);
      rows.push({ cohort, period: p, customers, rate: customers / size, revenue: customers * 55.5 });
    }
  }
  return rows;
}
