/**
 * A copy of `s` that does not keep its source alive. V8 makes substrings of 13+ characters
 * "sliced strings" pointing into the parent, and template literals "cons strings" pointing at
 * their parts; a field sliced from a 4 MB chunk (or a reason quoting it) would pin the whole
 * chunk for as long as the report lives. Concatenating and slicing flattens into a fresh copy.
 */
export function detachString(s: string): string {
  return (' ' + s).slice(1);
}
