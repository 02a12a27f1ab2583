import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { engineRows, startHarness, type Harness } from './harness';

describe('selecting a lifecycle stage', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('a click on a stage selects its customers: summary, linked charts and the customer list follow', async () => {
    await page.getByTestId('analyses-tab-lifecycle').click();
    const bar = page.locator('[data-testid=chart-lifecycle] [data-key="stability"] rect').first();
    await bar.waitFor({ timeout: 60_000 });
    const stability = (await engineRows(page, "SELECT count(*)::INTEGER AS n FROM customer_stage WHERE stage = 'stability'"))[0]!.n as number;
    expect(stability).toBeGreaterThan(0);
    const grid = await page.locator('[data-testid=chart-rfm-grid]').innerHTML();
    await bar.click();
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toMatch(/stab/i);
    const summary = (await page.getByTestId('selection-summary').textContent())!.replace(/[,\s]/g, '');
    expect(summary).toContain(String(stability));
    await expect.poll(() => page.locator('[data-testid=chart-rfm-grid]').innerHTML()).not.toBe(grid);
    await page.getByTestId('analyses-tab-customers').click();
    // The export button names how many customers it will write: the whole stage.
    await expect.poll(() => page.getByTestId('export-customers').textContent(), { timeout: 60_000 }).toContain(stability.toLocaleString('en-US'));
    expect(harness.foreign).toEqual([]);
  });
});
