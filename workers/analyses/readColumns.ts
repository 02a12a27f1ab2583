import type { Table } from 'apache-arrow';

/** A column's values as plain JS: numbers (BIGINT as number), strings, null where SQL had NULL. */
export type Column = (number | string | null)[];

/**
 * Read whole columns of an Arrow result (toArray per column, not row objects). Typed arrays
 * read NULL as 0, so columns with nulls are patched from the validity bitmap. Throws naming the
 * column when the query did not return it.
 */
export function readColumns<K extends string>(table: Table, names: readonly K[]): Record<K, Column> {
  const out = {} as Record<K, Column>;
  for (const name of names) {
    const vec = table.getChild(name);
    if (vec === null) throw new Error(`query result has no column ${name}`);
    // SAFETY: toArray yields a typed array or an array of primitives for the scalar types we select.
    const raw = vec.toArray() as ArrayLike<unknown>;
    const col: Column = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const v = raw[i];
      col[i] = typeof v === 'bigint' ? Number(v) : (v as number | string | null);
    }
    if (vec.nullCount > 0) for (let i = 0; i < col.length; i++) if (!vec.isValid(i)) col[i] = null;
    out[name] = col;
  }
  return out;
}
