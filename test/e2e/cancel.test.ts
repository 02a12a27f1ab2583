import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { engineRows, startHarness, type Harness } from './harness';

const GEN = fileURLToPath(new URL('../../../shared/tools/gen-transactions.mjs', import.meta.url));

describe('cancelling a long import', () => {
  let harness: Harness;
  let page: Page;
  let big: string;
  beforeAll(async () => {
    // About a million rows (70 MB): long enough to cancel on any machine.
    big = join(mkdtempSync(join(tmpdir(), 'segbook-cancel-')), 'big.csv');
    execFileSync(process.execPath, [GEN, '--customers', '320000', '--seed', '9', '--out', big, '--quiet']);
    harness = await startHarness();
    page = await harness.openOnSample();
    await page.locator('[data-kept=saved]').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await harness.close();
  });

  const rows = async () => (await engineRows(page, 'SELECT count(*)::INTEGER AS n FROM transactions'))[0]!.n as number;

  it('stops at once, says so, and leaves the previous data as it was', async () => {
    const before = await rows();
    expect(before).toBeGreaterThan(0);
    await page.getByTestId('file-input').setInputFiles(big);
    await page.getByTestId('confirm-import').click();
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByText('Import cancelled. Your previous data is unchanged.').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=import-report] h2', { hasText: 'shop.csv' }).waitFor({ timeout: 120_000 });
    await expect.poll(rows, { timeout: 60_000 }).toBe(before);
    expect(harness.foreign).toEqual([]);
  });
});
