import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.SEGBOOK_CHROMIUM ?? '/usr/bin/chromium';

/** The same flags as test/e2e/harness.ts: no background traffic, no GPU, no /dev/shm limits. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'];

/**
 * Build the app into `outDir` (bench/out/app, not dist/: e2e runs elsewhere may be serving or
 * rebuilding dist/ at the same time, and the bench must measure one consistent build).
 */
export async function buildApp(outDir: string): Promise<void> {
  // logLevel 'error': rolldown's direct-eval warnings on duckdb-wasm's bundle would bury the results.
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

/** The built app served by `vite preview` on a free local port, and Debian's headless Chromium. */
export interface BrowserApp {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startBrowserApp(outDir: string): Promise<BrowserApp> {
  const server: PreviewServer = await preview({
    root: ROOT, logLevel: 'error', build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview did not report a URL');
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
