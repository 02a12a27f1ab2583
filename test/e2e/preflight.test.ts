import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { badBigFile } from '../helpers/badBigFile';

const GEN = fileURLToPath(new URL('../../../shared/tools/gen-transactions.mjs', import.meta.url));

describe('the pre-flight estimate in the mapping panel', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
  });
  afterAll(async () => {
    await harness.close();
  });

  const estimate = async () => {
    const box = page.getByTestId('import-estimate');
    await box.waitFor();
    return { text: ((await box.textContent()) ?? '').trim().replace(/\s+/g, ' '), rows: Number(await box.getAttribute('data-rows')), verdict: await box.getAttribute('data-verdict') };
  };

  it('shows about how many rows a 4 MB file has and that it fits', async () => {
    const shop = join(mkdtempSync(join(tmpdir(), 'segbook-preflight-')), 'shop.csv');
    execFileSync(process.execPath, [GEN, '--customers', '20000', '--seed', '5', '--out', shop, '--quiet']);
    const rows = execFileSync('wc', ['-l', shop], { encoding: 'utf8' }).trim().split(' ')[0];
    await page.getByTestId('file-input').setInputFiles(shop);
    const e = await estimate();
    expect(Math.abs(e.rows - (Number(rows) - 1)) / Number(rows)).toBeLessThan(0.03);
    expect(e.verdict).toBe('fits');
    expect(e.text).toMatch(/^About [\d,]+ rows and [\d,]+ customers: about [\d.]+ MB in memory, of the 3\.1 GB this browser can give the engine\. Fits\.$/);
    await page.getByTestId('mapping-panel').getByRole('button', { name: 'Cancel' }).click();
  });

  it('says the 2 GiB file (30M rows, between the 20M and 50M the engine holds) fits, before reading it', async () => {
    const { path, meta } = badBigFile('big');
    await page.getByTestId('file-input').setInputFiles(path);
    const e = await estimate();
    expect(Math.abs(e.rows - meta.rows) / meta.rows).toBeLessThan(0.01);
    expect(e.verdict).toBe('fits');
    await page.getByTestId('mapping-panel').getByRole('button', { name: 'Cancel' }).click();
  }, 900_000);

  it('says the same file will not fit on a device with 2 GB of memory, and offers what to do', async () => {
    // Chromium tells the page the device's memory (navigator.deviceMemory); the panel then offers
    // half of it to the engine: 1 GiB, less than the ~1.1 GB this file is estimated to need.
    const context = await harness.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'deviceMemory', { get: () => 2 }));
    const small = await harness.openOnSample(context);
    try {
      await small.getByTestId('file-input').setInputFiles(badBigFile('big').path);
      const box = small.getByTestId('import-estimate');
      await box.waitFor();
      expect(await box.getAttribute('data-verdict')).toBe('too_big');
      const text = ((await box.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(text).toMatch(/of the 1(\.0)? GB this browser can give the engine/);
      expect(text).toContain('Will not fit');
      expect(text).toContain('npm run analyze -- --engine native');
      // Choosing "Do not import" for columns lowers the estimate.
      const before = Number(await box.getAttribute('data-bytes'));
      await small.getByRole('combobox', { name: 'Meaning: channel' }).selectOption('ignore');
      await expect.poll(async () => Number(await box.getAttribute('data-bytes'))).toBeLessThan(before);
    } finally {
      await context.close();
    }
    expect(harness.foreign).toEqual([]);
  }, 900_000);
});
