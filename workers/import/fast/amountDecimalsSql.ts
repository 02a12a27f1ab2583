/** Amount texts longer than this keep their hash (printf would be asked for silly precisions). */
const MAX_CHARS = 40;

/**
 * The number of decimals `d` with which `printf('%.*f', d, value)` prints `field` (the amount as
 * the file wrote it) back exactly, or NULL when no `d` does ("38.80" gives 2; "-0", "01.5" and
 * "1e3" give NULL). The fast path's duplicate test compares amounts by a hash of their text; a
 * row with `d` keeps the small `d` instead of the 8-byte hash and the hash is made from the
 * stored amount when needed (amountDecimalsSql.key), which is the same hash: for a 20M-row file
 * that is about 120 MB less wasm memory while the file is read (the hashes do not compress).
 */
export function amountDecimalsSql(field: string, value: string): string {
  const d = `CASE WHEN contains(${field}, '.') THEN length(${field}) - strpos(${field}, '.') ELSE 0 END`;
  return `CASE WHEN length(${field}) <= ${MAX_CHARS} AND ${field} = printf('%.*f', ${d}, ${value}) THEN ${d} END`;
}

/** The hash of the amount text: `hash` when the row kept it, else made from `decimals` and `amount`. */
amountDecimalsSql.key = (hash: string, decimals: string, amount: string): string =>
  `coalesce(${hash}, hash(printf('%.*f', ${decimals}, ${amount})))`;
