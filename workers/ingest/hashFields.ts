/**
 * A 64-bit hash of a row's fields, as two 32-bit halves written to `out` (FNV-1a and djb2 side by
 * side: one multiply per character keeps this cheap on 30M rows). `from`..`to` picks the fields;
 * field `skip` is left out (-1: none). The field separator is hashed too, so ["ab","c"] and
 * ["a","bc"] differ. Never returns (0, 0), which `RowHashSet` uses for an empty slot.
 */
export function hashFields(fields: readonly string[], skip: number, out: Uint32Array, from = 0, to = fields.length): void {
  let a = 0x811c9dc5 | 0, b = 5381;
  for (let f = from; f < to; f++) {
    if (f === skip) continue;
    const s = fields[f];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = ((b << 5) + b + c) | 0;
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = ((b << 5) + b + 0x1f) | 0;
  }
  a >>>= 0;
  b = Math.imul(b ^ (b >>> 16), 0x45d9f3b) >>> 0;
  out[0] = a;
  out[1] = a === 0 && b === 0 ? 1 : b;
}
