import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { engineRows, startHarness, type Harness } from './harness';

describe('the report file', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
    await page.locator('[data-testid=chart-pyramid] svg').waitFor();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('opens from disk with networking off, shows its charts, and holds no customer id', async () => {
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report').click()])) as [Download, void];
    // Saved under its own .html name: the raw download path has no extension, so it would open as text.
    const path = join(mkdtempSync(join(tmpdir(), 'segbook-report-')), download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe('shop-report.html');
    const html = readFileSync(path, 'utf8');
    const ids = (await engineRows(page, 'SELECT DISTINCT customer_id FROM transactions')).map((r) => r.customer_id as string);
    expect(ids.length).toBe(5000);
    const leaked = ids.filter((id) => html.includes(id));
    expect(leaked).toEqual([]);
    expect(html).not.toMatch(/<script/i);

    const offline = await harness.browser.newContext({ offline: true });
    const viewer = await offline.newPage();
    const requests: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    await viewer.goto(`file://${path}`);
    expect(await viewer.locator('figure svg').count()).toBe(4);
    expect(await viewer.locator('table').count()).toBeGreaterThanOrEqual(3);
    expect(await viewer.locator('h1').textContent()).toBe('Customer segmentation report');
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await offline.close();
  });

  it('tells what it contains before saving', async () => {
    await page.getByRole('button', { name: 'What the report contains' }).click();
    const dialog = page.getByRole('dialog', { name: 'What the report contains' });
    await expect.poll(() => dialog.textContent()).toMatch(/Aggregates only, no customer ids/);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});
