/**
 * Whether a data row is the header again (files concatenated with their headers): at least 80%
 * of its `width` fields (and at least two) equal their header, ignoring case, spaces and BOMs.
 * `headerKeys` are the headers lower-cased. Shared by the TypeScript ingest and the fast path's
 * row judge so both exclude the same rows.
 */
export function isRepeatedHeader(fields: readonly string[], headerKeys: readonly string[], width: number): boolean {
  if (fields.length < width) return false;
  // Cheap length test first: this runs on every row.
  const f0 = fields[0].trim().length, h0 = headerKeys[0].length;
  if (f0 !== h0 && (fields[1] ?? '').trim().length !== (headerKeys[1] ?? '').length) return false;
  let same = 0;
  for (let c = 0; c < width; c++) if (fields[c].replace(/\uFEFF/g, '').trim().toLowerCase() === headerKeys[c]) same++;
  return same >= Math.max(2, Math.ceil(width * 0.8));
}
