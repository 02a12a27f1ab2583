/**
 * `npx tsx bench/memoryFit.ts FILE...`: the peak wasm heap of dropping each CSV file on the real
 * page (headless Chromium, a fresh page per file), measured after the page's own work has settled
 * (import, overview, device copy, notebook, the open analysis tab, selection cells), beside what
 * the mapping panel's pre-flight estimate (src/lib/import/preflightEstimate.ts) predicted for the
 * file. Its output is what that estimate's coefficients are fitted to; run it again when the
 * engine's memory use changes. Serves the app already built in bench/out/app (`npm run bench`
 * builds it); SEGBOOK_BENCH_APP serves another build.
 */
import { openAsBlob, statSync } from 'node:fs';
import path from 'node:path';
import { startBrowserApp } from './browserApp';
import { addFileInput, installReadyProbe, pageState, readValue, settled } from './pageScripts';
import { dropToDrawn } from './dropInPage';
import { errorMessage } from './errorMessage';
import { Engine } from '../workers/engine';
import { openNodeDuckDB } from '../workers/db/node-duckdb';
import { preflightEstimate } from '../src/lib/import/preflightEstimate';

const APP_DIR = process.env.SEGBOOK_BENCH_APP ?? path.join('bench/out', 'app');
const TIMEOUT_MS = 30 * 60_000;
const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: npx tsx bench/memoryFit.ts FILE...');
  // The estimate as the mapping panel makes it: from the worker's sniff of the file's head.
  const node = await Engine.open(openNodeDuckDB);
  const app = await startBrowserApp(path.resolve(APP_DIR));
  console.log('file\tbytes\trows\tcustomers\tkept\tpeak\testimate\tverdict');
  try {
    for (const file of files) {
      const bytes = statSync(file).size;
      const sniff = await node.sniffFile(await openAsBlob(file), {}, path.basename(file));
      const kept = sniff.headers.filter((h) => (sniff.mapping[h] ?? 'ignore') !== 'ignore').length;
      const estimate = preflightEstimate(bytes, sniff.sample, sniff.headers, sniff.mapping);
      const context = await app.browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript(installReadyProbe);
        await page.goto(app.url);
        await page.getByTestId('sample-banner').waitFor({ timeout: TIMEOUT_MS });
        await page.evaluate(addFileInput);
        await page.setInputFiles('#bench-file', file);
        await page.evaluate(settled, TIMEOUT_MS);
        const drop = await page.evaluate(dropToDrawn, TIMEOUT_MS);
        await page.evaluate(settled, TIMEOUT_MS);
        const state = await page.evaluate(pageState);
        const customers = Number(await page.evaluate(readValue, 'SELECT count(DISTINCT customer_id)::DOUBLE FROM transactions'));
        const failed = state.notice ?? (drop.outcome === 'import' ? '' : `import ${drop.outcome}: ${drop.message ?? ''}`);
        console.log([path.basename(file), bytes, state.rows, customers, kept, state.wasmBytes, estimate?.bytes ?? '', estimate?.verdict ?? '', failed].join('\t'));
        console.error(`${path.basename(file)}: ${mb(bytes)}, ${state.rows} rows, ${customers} customers: peak ${mb(state.wasmBytes)}, estimate ${estimate ? mb(estimate.bytes) : '–'} (${estimate?.verdict ?? '–'})${failed ? `; ${failed}` : ''}`);
      } catch (e) {
        console.error(`${path.basename(file)}: ${errorMessage(e)}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await app.close();
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(errorMessage(e));
  process.exit(1);
});
