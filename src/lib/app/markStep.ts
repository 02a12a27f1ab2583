/**
 * A named moment of the drop → overview sequence on the page's timeline (performance.mark), so
 * the benchmark and a profile can split the time a user waits; marks are cheap and kept few.
 */
export function markStep(name: 'drop' | 'sniffed' | 'confirm' | 'imported' | 'prepared' | 'overview'): void {
  performance.mark(`segbook:${name}`);
}
