/**
 * Rows seen so far, held as hashes (see `hashFields`) with the line where each was first seen:
 * 16 bytes a row instead of the row's text, so duplicates can be found in files of millions of
 * rows. A row's key is its hash without the amount ("near" key, two words) plus a hash of the
 * amount: equal near keys and amounts make an exact duplicate; equal near keys with another
 * amount make a conflicting order. One open-addressing table answers both with one probe.
 * Past `maxRows` it stops accepting rows (`full`) rather than let memory grow without bound
 * (5M rows, 128 MB); a 64-bit collision (odds about n^2 / 2^65) would be reported as a duplicate,
 * naming both lines.
 */
export class RowHashSet {
  full = false;
  /** After `add`: the line of an earlier row with the same near key and another amount, or 0. */
  conflictLine = 0;
  // Slots of four words [near a, near b, amount hash, line], 16 bytes, so a probe stays in one cache line.
  private table = new Uint32Array(4 << 16);
  private slots = 1 << 16;
  private size = 0;
  private readonly maxRows: number;

  constructor(maxRows = 5_000_000) {
    this.maxRows = maxRows;
  }

  /**
   * Adds a row by its near key (`a`, `b`, never both 0) and amount hash. Returns the line of an
   * earlier identical row, 0 when the row is new (then `conflictLine` is set when only the
   * amount differs from an earlier row), or -1 when the set is full.
   */
  add(a: number, b: number, amount: number, line: number): number {
    const t = this.table;
    const mask = this.slots - 1;
    this.conflictLine = 0;
    for (let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const k = slot << 2;
      if (t[k] === 0 && t[k + 1] === 0) break;
      if (t[k] === a && t[k + 1] === b) {
        if (t[k + 2] === amount) return t[k + 3];
        if (this.conflictLine === 0) this.conflictLine = t[k + 3];
      }
    }
    if (this.size >= this.maxRows) {
      this.full = true;
      return -1;
    }
    if ((this.size + 1) * 5 > this.slots * 3) this.grow();
    this.insert(this.table, this.slots - 1, a, b, amount, line);
    this.size++;
    return 0;
  }

  private insert(t: Uint32Array, mask: number, a: number, b: number, amount: number, line: number): void {
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (t[slot << 2] !== 0 || t[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
    const k = slot << 2;
    t[k] = a;
    t[k + 1] = b;
    t[k + 2] = amount;
    t[k + 3] = line;
  }

  private grow(): void {
    const old = this.table;
    this.slots *= 2;
    this.table = new Uint32Array(this.slots << 2);
    const mask = this.slots - 1;
    for (let k = 0; k < old.length; k += 4) if (old[k] !== 0 || old[k + 1] !== 0) this.insert(this.table, mask, old[k], old[k + 1], old[k + 2], old[k + 3]);
  }
}
