import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.SEGBOOK_CHROMIUM ?? '/usr/bin/chromium';

/** A built app served by `vite preview` on a free port, and Debian's headless Chromium. */
export interface Harness {
  url: string;
  browser: Browser;
  server: PreviewServer;
  /** Requests the page made to any origin other than the app's own. */
  foreign: string[];
  newPage(context?: BrowserContext): Promise<Page>;
  /** A new page on the app, once the bundled sample is imported and its banner shows. */
  openOnSample(context?: BrowserContext): Promise<Page>;
  close(): Promise<void>;
}

/** Serve dist/ (run `vite build` first; `npm test` does) and launch Chromium. */
export async function startHarness(): Promise<Harness> {
  const server = await preview({ root: ROOT, preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const origin = new URL(url).origin;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const foreign: string[] = [];
  const harness: Harness = {
    url,
    browser,
    server,
    foreign,
    async openOnSample(context?: BrowserContext) {
      const page = await harness.newPage(context);
      await page.goto(url);
      await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
      return page;
    },
    async newPage(context?: BrowserContext) {
      const page = await (context ?? (await browser.newContext({ acceptDownloads: true }))).newPage();
      page.on('request', (req) => {
        const u = req.url();
        if (u.startsWith('blob:') || u.startsWith('data:')) return;
        if (new URL(u).origin !== origin) foreign.push(u);
      });
      page.on('pageerror', (err) => console.error('[page error]', err.message));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
  return harness;
}

/** Run SQL on the page's engine (the `window.segbook` handle) and return the rows as objects. */
export async function engineRows(page: Page, sql: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (sql) => {
    // SAFETY: the app sets window.segbook once its engine has started (session.svelte.ts).
    const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
    return (await engine.query(sql)).toArray().map((r) => r.toJSON());
  }, sql);
}
