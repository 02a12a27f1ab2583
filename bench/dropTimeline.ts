/** The page's moments after a drop (dropInPage.ts marks), in order, as the steps between them. */
const ORDER = ['sniffed', 'confirmed', 'confirm', 'imported', 'prepared', 'overview', 'drawn', 'painted'] as const;

/** What each stretch is, named after the moment that ends it. */
const NAMES: Record<(typeof ORDER)[number], string> = {
  sniffed: 'sniff (mapping proposal)', confirmed: 'panel shown', confirm: 'confirm handler', imported: 'engine.import',
  prepared: 'prepareOverview', overview: 'overview(null) incl. waits', drawn: 'charts to DOM', painted: 'to next frame',
};

/**
 * "sniff (mapping proposal) 52, panel shown 8, ...": each stretch's ms between consecutive
 * marks that are present (a mark missing, e.g. a failed step, is skipped).
 */
export function dropTimeline(marks: Record<string, number>): string {
  let prev = 0;
  const parts: string[] = [];
  for (const m of ORDER) {
    const at = marks[m];
    if (at === undefined) continue;
    parts.push(`${NAMES[m]} ${Math.round(at - prev)}`);
    prev = at;
  }
  return parts.join(', ');
}
