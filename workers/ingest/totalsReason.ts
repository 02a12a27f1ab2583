/**
 * The reason a totals row labelled `label` is left out, as the import report lists it: ASCII
 * labels ("Total", "Sum") read as "totals row"; others name the word (合计), which a reader of
 * the report may not know for a totals label otherwise.
 */
export function totalsReason(label: string): string {
  return /^[\x20-\x7e]*$/.test(label) ? 'totals row' : `totals row (${label})`;
}
