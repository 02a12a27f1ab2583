import { sqlIdent } from './sqlIdent';

/** Options for {@link clvCustomersSql}. */
export interface ClvCustomersOptions {
  /** The per-customer summary table (clvSummary's columns). */
  summary: string;
  /**
   * One row per distinct (x, t_x, "T") with that triple's `p_alive`, `expected` (purchases in the
   * holdout) and `factor` (discounted purchases over the CLV horizon); NaN where not computed.
   */
  triples: string;
  /** The fitted Gamma-Gamma (p, q, gamma), or null when it could not be fitted: clv is then NULL. */
  spend: { p: number; q: number; gamma: number } | null;
}

/** A double as DuckDB reads it back bit for bit: a bare literal like 6.25 would be a DECIMAL. */
const dbl = (v: number) => `CAST('${String(v)}' AS DOUBLE)`;
/** NaN (not computed) as NULL. */
const orNull = (e: string) => `CASE WHEN isnan(${e}) THEN NULL ELSE ${e} END`;

/**
 * The rows of customer_clv (customer_id, p_alive, expected_purchases, clv): each customer gets the predictions of their own (x, t_x, T), and CLV
 * is the Gamma-Gamma expected spend E(M | x, m̄) = p(γ + x m̄) / (px + q − 1) times the triple's
 * discounted purchases, the same operations in the same order as gammaGamma.expectedSpend, so the
 * values are those of a per-customer loop in TypeScript. Done in SQL because at 16M customers the
 * loop needs the summary's columns in JavaScript (and their copy in the wasm heap) all at once.
 */
export function clvCustomersSql(o: ClvCustomersOptions): string {
  const s = o.spend;
  const clv = s === null
    ? 'NULL::DOUBLE'
    : orNull(`(${dbl(s.p)} * (${dbl(s.gamma)} + CASE WHEN s.x > 0 THEN s.x * coalesce(s.mean_repeat_value, 0) ELSE 0 END)) / (${dbl(s.p)} * s.x + ${dbl(s.q)} - 1) * t.factor`);
  return `SELECT s.customer_id, ${orNull('t.p_alive')} AS p_alive, ${orNull('t.expected')} AS expected_purchases, ${clv} AS clv
FROM ${sqlIdent(o.summary)} AS s JOIN ${sqlIdent(o.triples)} AS t ON t.x = s.x AND t.t_x = s.t_x AND t."T" = s."T"`;
}
