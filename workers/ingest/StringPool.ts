import { detachString } from './detachString';

const MAX_DISTINCT = 20_000;

/**
 * Hands back one shared copy of each repeated value (product, region, channel...). A batch holds
 * 64k rows until the engine takes it; without pooling, every row's strings survive young-space
 * collections and are copied, which costs more than parsing them. Columns with more distinct
 * values than the pool holds (ids, free text) stop being pooled and pass through unchanged.
 */
export class StringPool {
  private pool: Map<string, string> | null = new Map();

  get(value: string): string {
    const pool = this.pool;
    if (pool === null) return value;
    const seen = pool.get(value);
    if (seen !== undefined) return seen;
    if (pool.size >= MAX_DISTINCT) {
      this.pool = null;
      return value;
    }
    // The pooled copy outlives the chunk it was cut from; it must not pin that chunk.
    const copy = detachString(value);
    pool.set(copy, copy);
    return copy;
  }
}
