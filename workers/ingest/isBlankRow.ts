/**
 * Whether every field is empty or whitespace (spaces, tabs, NBSP, ideographic space, a stray BOM):
 * a blank line, or a delimiter-only line like ",,,,,". Char codes rather than trim(): this runs
 * on every row.
 */
export function isBlankRow(fields: readonly string[]): boolean {
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k];
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c > 32 && c !== 0xa0 && c !== 0xfeff && c !== 0x3000) return false;
    }
  }
  return true;
}
