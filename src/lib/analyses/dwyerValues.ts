import { dwyer } from '../../../workers/scoring/dwyer';

/**
 * Dwyer's lost-for-good CLV for margin m per period, retention r and discount d per period:
 * first margin now, m(1+d)/(1+d-r), and first margin at the end of the first period, m r/(1+d-r).
 * Null when the inputs are outside the model (r outside 0..1, 1+d <= r).
 */
export function dwyerValues(m: number, r: number, d: number): { now: number; atEnd: number } | null {
  try {
    return { now: dwyer.lostForGood(m, r, d), atEnd: dwyer.lostForGoodFirstAtEnd(m, r, d) };
  } catch {
    return null;
  }
}
