import { FieldPath } from './FieldPath';
import type { JsonValue } from './types';

// Options are settings, not data: these bounds keep rows from riding along in a file or link.
const MAX_DEPTH = 6;
const MAX_ITEMS = 200;
const MAX_TEXT = 10_000;

/**
 * A copy of a JSON value from an untrusted notebook (analysis or import options) with object
 * keys sorted, so files diff well; refuses non-JSON values and anything deeper than
 * 6 levels, longer than 200 items or 10,000 characters.
 */
export function jsonValue(field: FieldPath, depth = 0): JsonValue {
  const v = field.value;
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'number') return field.number();
  if (typeof v === 'string') {
    if (v.length > MAX_TEXT) field.fail(`text of at most ${MAX_TEXT} characters`);
    return v;
  }
  if (depth >= MAX_DEPTH) field.fail(`at most ${MAX_DEPTH} levels of nesting`);
  if (Array.isArray(v)) return field.list(MAX_ITEMS).map((item) => jsonValue(item, depth + 1));
  const obj = field.object();
  const keys = Object.keys(obj).sort();
  if (keys.length > MAX_ITEMS) field.fail(`at most ${MAX_ITEMS} keys`);
  const out: { [key: string]: JsonValue } = {};
  for (const key of keys) {
    // `__proto__` would set the copy's prototype instead of a key.
    if (obj[key] !== undefined && key !== '__proto__') out[key] = jsonValue(field.at(key), depth + 1);
  }
  return out;
}
