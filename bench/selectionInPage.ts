/**
 * The selection step's page functions (page.evaluate): self-contained, no imports at run time.
 * They drive the real overview: a click on a pyramid tier, timed until every overview chart has
 * redrawn for that click (Chart.svelte sets data-drawn to the selection ticket it drew).
 */

interface SegbookWindow {
  segbook: { refreshOverview(): void };
}

/**
 * Redraw the overview from the engine's tables (the bench imported through the engine, not the
 * page) and wait until the page has drawn it, so the clicks below run on the bench's data.
 */
export async function refreshOverviewInPage(timeoutMs: number): Promise<void> {
  const section = document.querySelector('[data-all-loads]');
  if (!section) throw new Error('no overview on the page ([data-all-loads])');
  const before = section.getAttribute('data-all-loads');
  (window as unknown as SegbookWindow).segbook.refreshOverview();
  const t0 = performance.now();
  while (section.getAttribute('data-all-loads') === before) {
    if (performance.now() - t0 > timeoutMs) throw new Error('the overview did not redraw');
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => requestAnimationFrame(() => r(null)));
}

/**
 * Click the pyramid tier `key` `clicks` times (Escape in between clears it, untimed, and the
 * cleared page is painted before the next click). Each time:
 * `dom` = ms from the click to the last overview chart's DOM carrying the new selection (seen by
 * a MutationObserver), `frame` = to the next animation frame after that, i.e. painted.
 */
export async function clickToDrawn({ key, clicks, timeoutMs }: { key: string; clicks: number; timeoutMs: number }): Promise<{ dom: number[]; frame: number[] }> {
  // The overview charts that follow a selection (the clicked pyramid redraws too).
  const ids = ['chart-pyramid', 'chart-rfm-grid', 'chart-cohorts', 'chart-lorenz'];
  const charts = ids.map((id) => document.querySelector(`[data-testid="${id}"]`));
  if (charts.some((c) => !c)) throw new Error(`missing overview charts: ${ids.filter((_, i) => !charts[i]).join(', ')}`);
  const drawnOf = () => charts.map((c) => c!.getAttribute('data-drawn'));
  /** Resolves at the first DOM change after which every chart shows a ticket other than `before`. */
  const allRedrawn = (before: string | null) =>
    new Promise<number>((resolve, reject) => {
      const done = () => {
        const d = drawnOf();
        return d.every((x) => x !== null && x === d[0]) && d[0] !== before;
      };
      const timer = setTimeout(() => (obs.disconnect(), reject(new Error(`charts not redrawn after ${timeoutMs} ms: ${drawnOf().join(',')}`))), timeoutMs);
      const obs = new MutationObserver(() => {
        if (!done()) return;
        const t = performance.now();
        obs.disconnect();
        clearTimeout(timer);
        resolve(t);
      });
      for (const c of charts) obs.observe(c!, { attributes: true, attributeFilter: ['data-drawn'] });
    });
  const dom: number[] = [];
  const frame: number[] = [];
  for (let i = 0; i < clicks; i++) {
    const mark = document.querySelector(`[data-testid="chart-pyramid"] [data-key="${CSS.escape(key)}"]`);
    if (!mark) throw new Error(`no pyramid tier ${key}`);
    const before = drawnOf()[0] ?? null;
    const redrawn = allRedrawn(before);
    const t0 = performance.now();
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const t1 = await redrawn;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    dom.push(t1 - t0);
    frame.push(performance.now() - t0);
    const cleared = allRedrawn(drawnOf()[0] ?? null);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await cleared;
    // Let the cleared charts paint before the next click, as a user's click finds an idle page:
    // otherwise the clear's style, layout and paint run inside the next click's time.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return { dom, frame };
}
