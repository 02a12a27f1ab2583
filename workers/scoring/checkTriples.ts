import type { Triples } from './types';

/**
 * Refuse data a purchase model cannot be fitted on, with the reason in the message: no customers,
 * too few repeat customers to say anything about dropout, or every customer alike.
 * Ten repeat customers is a floor, not a guarantee of a useful fit: with fewer, the dropout
 * parameters would rest on a handful of people.
 */
export function checkTriples(
  model: string,
  d: Triples,
  minRepeat = 10,
): { customers: number; repeaters: number } {
  let customers = 0;
  let repeaters = 0;
  for (let i = 0; i < d.w.length; i++) {
    customers += d.w[i];
    if (d.x[i] > 0) repeaters += d.w[i];
  }
  if (customers === 0) throw new Error(`cannot fit ${model}: no customers`);
  if (repeaters < minRepeat) {
    const who = `${repeaters} repeat customer${repeaters === 1 ? '' : 's'}`;
    throw new Error(`cannot fit ${model}: only ${who} (need at least ${minRepeat})`);
  }
  if (d.w.length === 1) {
    const same = `x = ${d.x[0]}, t_x = ${+d.tx[0].toFixed(4)}, T = ${+d.T[0].toFixed(4)}`;
    throw new Error(`cannot fit ${model}: no variation (all ${customers} customers have ${same})`);
  }
  return { customers, repeaters };
}
