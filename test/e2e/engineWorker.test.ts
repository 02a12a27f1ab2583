import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { engineSuite } from '../suites/engineSuite';
import { startHarness, type Harness } from './harness';

let harness: Harness | undefined;
afterAll(async () => {
  expect(harness?.foreign ?? []).toEqual([]);
  await harness?.close();
});

// The same suite as test/workers/engine.test.ts, through the real worker in headless Chromium.
engineSuite('browser, through the worker', async () => {
  harness = await startHarness();
  const page: Page = await harness.newPage();
  await page.goto(harness.url);
  await page.waitForFunction(() => 'segbook' in window, null, { timeout: 120_000 });
  // The page loads its sample first; let that finish so the suite starts from a known table.
  await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
  return {
    importBytes: (name, bytes, options) =>
      page.evaluate(
        async ({ name, data, options }) => {
          // SAFETY: the app sets window.segbook once the engine has started (session.svelte.ts).
          const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
          return engine.import(new File([new Uint8Array(data)], name), options ?? {});
        },
        { name, data: [...bytes], options },
      ),
    rows: (sql) =>
      page.evaluate(async (sql) => {
        const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
        return (await engine.query(sql)).toArray().map((r) => r.toJSON());
      }, sql),
    failure: (sql) =>
      page.evaluate(async (sql) => {
        const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
        try {
          await engine.query(sql);
          return null;
        } catch (e) {
          return `${(e as Error).message} [sql: ${(e as { sql?: string }).sql}]`;
        }
      }, sql),
    copy: (table, into) =>
      page.evaluate(async ({ table, into }) => {
        const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
        await engine.insertIPC(new Uint8Array(await (await engine.tableIPC(table)).arrayBuffer()), into);
      }, { table, into }),
    close: async () => page.close(),
  };
});
