import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Dataset } from './ensureDataset';
import { median } from './median';
import { repeatMedian } from './repeatMedian';
import type { RunOptions } from './RunOptions';
import { addFileInput, clvTimed, eachTimed, execTimed, installReadyProbe, memoryNow, pageState, queriesTimed, readRefDate, readValue, readyTimes, selectionClicks, settled } from './pageScripts';
import { dropTimeline } from './dropTimeline';
import { dropToDrawn, type DropResult } from './dropInPage';
import { errorMessage } from './errorMessage';
import { linesAreOrdersSql } from '../workers/import/linesAreOrdersSql';
import { overviewParts } from '../workers/overview/overviewParts';
import { clickToDrawn, refreshOverviewInPage } from './selectionInPage';
import { SELECTION, SELECTION_CLICKS, type StepSql } from './stepSql';
import { StepRecorder } from './stepRecorder';
import type { SizeResults } from './types';
import { withTimeout } from './withTimeout';

/** How long the page may take to start the engine and load its bundled sample. */
const START_TIMEOUT_MS = 120_000;

/**
 * All browser steps for one size in a fresh context and page, so every size starts with a new
 * worker and an empty wasm heap. The page is closed at the end (or on timeout, which is what
 * stops a query still running in the worker).
 */
export async function runBrowser(
  browser: Browser, url: string, ds: Dataset, sql: StepSql, opts: RunOptions, log: (line: string) => void,
): Promise<SizeResults> {
  const rec = new StepRecorder((l) => log(`  browser ${l}`));
  const deadline = performance.now() + opts.timeoutMs;
  const left = () => Math.max(1, deadline - performance.now());
  const perRow = (bytes: number) => (Number.isFinite(bytes) && ds.rows > 0 ? bytes / ds.rows : null);
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let crashed = false;
  const live = (): Page => {
    if (!page || crashed) throw new Error('the page crashed (out of memory?)');
    return page;
  };
  const guard = <T>(work: Promise<T>, what: string) => withTimeout(work, left(), `browser ${what}`);
  try {
    // worker_start: from navigation start to the app publishing its started engine.
    await rec.step('worker_start', async () => {
      context = await browser.newContext();
      page = await context.newPage();
      page.on('crash', () => (crashed = true));
      page.on('pageerror', (err) => log(`  browser [page error] ${err.message}`));
      await page.addInitScript(installReadyProbe);
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __segbookReadyMs?: number }).__segbookReadyMs !== undefined, null, { timeout: START_TIMEOUT_MS });
      const t = await page.evaluate(readyTimes);
      log(`  browser engine.info.startMs = ${t.duckdbStartMs} ms (DuckDB's own start inside the worker)`);
      // The page imports its bundled sample right after start; let that finish first.
      await page.getByTestId('sample-banner').waitFor({ timeout: START_TIMEOUT_MS });
      // ...and its device copy: the worker answers other calls while an import awaits a file read,
      // so writing the sample's copy would otherwise run inside the timed import.
      await page.locator('[data-kept]:not([data-kept="saving"])').waitFor({ timeout: START_TIMEOUT_MS });
      return { ms: t.readyMs };
    }, true);

    // import and overview_total come from one drop on the real page (dropInPage.ts): the file
    // dropped, the proposed mapping confirmed at once, timed to every overview chart painted.
    let drop: DropResult | undefined;
    let memory: { duckdbBytes: number; wasmBytes: number } | undefined;
    let dropError: string | null = null;
    try {
      await live().evaluate(addFileInput);
      await live().setInputFiles('#bench-file', ds.path);
      // The sample's analyses and notebook queries run after its overview: the drop comes after them.
      await guard(live().evaluate(settled, left()), 'settle');
      drop = await guard(live().evaluate(dropToDrawn, left()), 'drop');
      memory = await live().evaluate(memoryNow);
    } catch (e) {
      dropError = errorMessage(e);
    }
    // The page keeps a device copy and runs the notebook, the open analysis tab and the selection
    // cells after the charts: let them finish, and check they kept the engine and the data.
    let followError: string | null = null;
    if (drop) {
      try {
        const t0 = performance.now();
        await guard(live().evaluate(settled, left()), 'settle');
        const ms = performance.now() - t0;
        const after = await live().evaluate(pageState);
        log(`  browser after the overview, the page's own work settled in ${ms.toFixed(0)} ms: ${after.notice ?? 'no statement failed, engine not restarted'}, ${after.rows} rows in transactions, peak ${perRow(after.wasmBytes)?.toFixed(1)} B/row`);
        if (after.notice) followError = `the page's work after the overview: ${after.notice}`;
      } catch (e) {
        followError = `the page's work after the overview failed: ${errorMessage(e)}`;
      }
    }
    await rec.step('import', async () => {
      if (!drop) throw new Error(dropError ?? 'no drop');
      const r = drop;
      log(`  browser import report: ${r.outcome}, ${r.rowsImported} rows imported, ${r.rowsRejected} rejected, ${r.duplicates} duplicates (file ${ds.rows} rows)`);
      log(`  browser import steps (ms): ${Object.entries(r.steps).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ') || 'none reported'}${r.fallback ? `; fast path given up: ${r.fallback}` : ''}`);
      if (r.outcome === 'refused') throw new Error(`import refused: ${r.message ?? ''}`);
      if (r.rowsImported !== ds.rows) log(`  browser WARNING: imported ${r.rowsImported} of ${ds.rows} rows`);
      // engine.import() as the page awaited it: from the confirm to the report back.
      return { ms: r.marks.imported - r.marks.confirm, bytesPerRow: perRow(memory?.duckdbBytes ?? NaN) };
    }, true);
    await rec.step('overview_total', async () => {
      if (!drop) throw new Error(dropError ?? 'no drop');
      log(`  browser drop → painted (ms after the drop): ${dropTimeline(drop.marks)}`);
      const peakBytesPerRow = perRow(memory?.wasmBytes ?? NaN);
      // The overview drew, but the user would lose it if the page's next work took the engine down.
      return followError ? { ms: drop.totalMs, peakBytesPerRow, error: followError } : { ms: drop.totalMs, peakBytesPerRow };
    }, true);
    // Where the engine's part of overview_total goes: its statements again, one at a time.
    // As prepareOverview decided: lines read as orders when the import marked the table so.
    const linesAreOrders = drop ? (await guard(live().evaluate(readValue, linesAreOrdersSql.read('transactions')), 'mark')) === true : false;
    if (overviewParts(ds.rows) === 1) {
      const prep = await guard(live().evaluate(eachTimed, { statements: sql.prepare(linesAreOrders), read: false }), 'prepare replay');
      const over = await guard(live().evaluate(eachTimed, { statements: sql.overview, read: true }), 'overview replay');
      log(`  browser prepareOverview replayed (ms): ${prep.map((ms, i) => `${sql.prepareNames[i]} ${ms.toFixed(0)}`).join(', ')}`);
      log(`  browser overview(null) queries replayed (ms): ${over.map((ms, i) => `${sql.overviewNames[i]} ${ms.toFixed(0)}`).join(', ')}`);
    }
    await rec.step('rfm', async () => {
      let memoryBytes = NaN;
      let peakBytes = NaN;
      const statements = await sql.rfm(ds.rows, () => guard(live().evaluate(readRefDate), 'rfm'), linesAreOrders);
      const ms = await repeatMedian(opts.repeat, async () => {
        const r = await guard(live().evaluate(execTimed, statements), 'rfm');
        memoryBytes = Math.max(Number.isFinite(memoryBytes) ? memoryBytes : 0, r.memoryBytes);
        peakBytes = r.peakBytes;
        return r.ms;
      });
      return { ms, bytesPerRow: perRow(memoryBytes), peakBytesPerRow: perRow(peakBytes) };
    });
    await rec.step('pyramid', async () => ({ ms: await repeatMedian(opts.repeat, () => guard(live().evaluate(queriesTimed, sql.pyramid), 'pyramid')) }));
    await rec.step('cohorts', async () => {
      const cohorts = await sql.cohorts(ds.rows, () => guard(live().evaluate(readRefDate), 'cohorts'));
      return { ms: await repeatMedian(opts.repeat, () => guard(live().evaluate(queriesTimed, cohorts), 'cohorts')) };
    });
    await rec.step('selection', async () => {
      // From a click on a pyramid tier in the real page to every overview chart redrawn and
      // painted; the engine-only time (overview() alone) is logged beside it.
      await guard(live().evaluate(refreshOverviewInPage, START_TIMEOUT_MS), 'selection');
      const page = await guard(live().evaluate(clickToDrawn, { key: SELECTION.keys[0]!, clicks: SELECTION_CLICKS, timeoutMs: START_TIMEOUT_MS }), 'selection');
      const engineOnly = await guard(live().evaluate(selectionClicks, { selection: SELECTION as { source: 'pyramid'; keys: string[] }, clicks: SELECTION_CLICKS }), 'selection');
      log(`  browser selection: click to charts painted ${median(page.frame).toFixed(1)} ms, to DOM ${median(page.dom).toFixed(1)} ms, engine.overview() alone ${median(engineOnly).toFixed(1)} ms (medians of ${SELECTION_CLICKS})`);
      return { ms: median(page.frame) };
    });
    await rec.step('clv_fit', async () => {
      const r = await guard(live().evaluate(clvTimed), 'clv_fit');
      const peakBytesPerRow = perRow(r.peakBytes);
      return r.errors.length ? { ms: r.ms, peakBytesPerRow, error: `clv reported: ${r.errors.join('; ')}` } : { ms: r.ms, peakBytesPerRow };
    });
  } finally {
    await context?.close().catch(() => undefined);
  }
  return rec.results;
}
