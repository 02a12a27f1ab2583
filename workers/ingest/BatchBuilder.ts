import type { NumberRole, RowBatch, TextRole } from './types';

/**
 * Accumulates normalised rows column by column and hands them out as `RowBatch`es. Call
 * `row()` once per row and then write that row's values at the index it returns: numbers into
 * typed arrays (grown by doubling), text into plain arrays, all parallel to the role lists given
 * to the constructor, so the importer's per-row loop does no lookups. `take()` starts afresh.
 */
export class BatchBuilder {
  length = 0;
  line: Int32Array;
  text: (string | null)[][];
  numbers: Float64Array[];
  dates: Int32Array | null;
  attributes: (string | null)[][];
  private capacity: number;
  private readonly textRoles: readonly TextRole[];
  private readonly numberRoles: readonly NumberRole[];
  private readonly attributeNames: readonly string[];

  constructor(textRoles: readonly TextRole[], numberRoles: readonly NumberRole[], hasDate: boolean, attributeNames: readonly string[], capacity = 1 << 16) {
    this.textRoles = textRoles;
    this.numberRoles = numberRoles;
    this.attributeNames = attributeNames;
    this.capacity = capacity;
    this.line = new Int32Array(capacity);
    this.text = textRoles.map(() => []);
    this.numbers = numberRoles.map(() => new Float64Array(capacity));
    this.dates = hasDate ? new Int32Array(capacity) : null;
    this.attributes = attributeNames.map(() => []);
  }

  /** Reserves the next row and returns its index. */
  row(): number {
    if (this.length === this.capacity) this.grow();
    return this.length++;
  }

  /** Returns the rows so far as a batch (null when there are none) and starts a new one. */
  take(): RowBatch | null {
    const n = this.length;
    if (n === 0) return null;
    const batch: RowBatch = { length: n, line: this.line.slice(0, n), text: {}, numbers: {}, attributes: {} };
    this.textRoles.forEach((r, k) => { batch.text[r] = this.text[k]; });
    this.numberRoles.forEach((r, k) => { batch.numbers[r] = this.numbers[k].slice(0, n); });
    if (this.dates) batch.order_date = this.dates.slice(0, n);
    this.attributeNames.forEach((a, k) => { batch.attributes[a] = this.attributes[k]; });
    this.length = 0;
    this.text = this.textRoles.map(() => []);
    this.attributes = this.attributeNames.map(() => []);
    return batch;
  }

  private grow(): void {
    this.capacity *= 2;
    const bigger = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.capacity); // SAFETY: same typed-array class as `a`
      b.set(a);
      return b;
    };
    this.line = bigger(this.line);
    this.numbers = this.numbers.map(bigger);
    if (this.dates) this.dates = bigger(this.dates);
  }
}
