/** A numeric cell as a JSON-safe number: NULL (e.g. a share of an empty total) becomes 0. */
export function num(v: number | string | null | undefined): number {
  return typeof v === 'number' ? v : v === null || v === undefined ? 0 : Number(v);
}
