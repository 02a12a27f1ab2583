import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from './staticServer';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SHOP = fileURLToPath(new URL('../../public/samples/shop.csv', import.meta.url));
const BASE = '/clients/acme/segbook/';

describe('a hosted copy under a sub-path, shared by link', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  const foreign: string[] = [];
  const open = async (url: string): Promise<Page> => {
    const page = await (await browser.newContext()).newPage();
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== new URL(server.url).origin) foreign.push(u);
    });
    await page.goto(url);
    return page;
  };
  beforeAll(async () => {
    server = await serveStatic(DIST.replace(/\/$/, ''), BASE);
    browser = await chromium.launch({
      executablePath: process.env.SEGBOOK_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs from a sub-path although the host sends .wasm with the wrong type', async () => {
    const page = await open(server.url);
    await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=chart-pyramid] svg').waitFor();
  });

  it('opens a share link in a fresh browser, maps the recipient file by the saved roles and draws the same charts', async () => {
    const sender = await open(server.url);
    await sender.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    await sender.getByTestId('notebook').and(sender.locator('[data-ready=true]')).waitFor();
    await sender.getByLabel(/notebook title/i).fill('Quarterly review for ACME');
    await sender.getByRole('button', { name: 'Share link' }).click();
    const link = await sender.getByTestId('share-link').inputValue();
    expect(link.startsWith(server.url)).toBe(true);
    expect(link).toContain('#nb=');
    const pyramid = await sender.locator('[data-testid=chart-pyramid]').innerHTML();

    const recipient = await open(link);
    await recipient.getByTestId('shared-banner').waitFor({ timeout: 120_000 });
    expect(await recipient.getByTestId('shared-banner').textContent()).toContain('shop.csv');
    await expect.poll(() => recipient.getByLabel(/notebook title/i).inputValue()).toBe('Quarterly review for ACME');
    await expect.poll(() => recipient.evaluate(() => location.hash), { timeout: 60_000 }).toBe('');
    await recipient.getByTestId('file-input').setInputFiles(SHOP);
    await recipient.getByTestId('mapping-panel').waitFor();
    await recipient.getByTestId('confirm-import').click();
    await recipient.locator('[data-testid=import-report] h2', { hasText: 'shop.csv' }).waitFor();
    await expect.poll(() => recipient.locator('[data-testid=chart-pyramid]').innerHTML()).toBe(pyramid);
  });

  it('a client-view link opens read-only: charts and commentary, no editors', async () => {
    const sender = await open(server.url);
    await sender.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    await sender.getByTestId('notebook').and(sender.locator('[data-ready=true]')).waitFor();
    await sender.getByRole('button', { name: 'Share link' }).click();
    await sender.getByLabel('Open as client view').check();
    await expect.poll(() => sender.getByTestId('share-link').inputValue()).toContain('view=client');
    const client = await open(await sender.getByTestId('share-link').inputValue());
    await client.locator('[data-testid=chart-pyramid] svg').waitFor({ timeout: 120_000 });
    await expect.poll(() => client.evaluate(() => document.body.classList.contains('client-view'))).toBe(true);
    expect(await client.locator('.sql-editor:visible, [data-testid=add-cell]:visible').count()).toBe(0);
    expect(await client.locator('[data-testid=markdown-view]:visible').count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
