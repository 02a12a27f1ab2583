import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { engineRows, startHarness, type Harness } from './harness';

describe('the lifecycle snapshots', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
    await page.getByTestId('analyses').waitFor({ timeout: 120_000 });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('takes both snapshot dates from the user and moves everyone known at the second', async () => {
    await page.getByTestId('analyses-tab-lifecycle').click();
    await page.getByTestId('stage-moves').waitFor({ timeout: 60_000 });
    await page.getByTestId('snapshot-before').fill('2023-06-30');
    await page.getByTestId('snapshot-after').fill('2024-01-01');
    await expect.poll(() => page.locator('#an-panel-lifecycle').textContent(), { timeout: 30_000 }).toContain('Jun 30, 2023');
    const known = Number((await engineRows(page, "SELECT count(DISTINCT customer_id)::INTEGER AS n FROM transactions WHERE order_date < DATE '2024-01-01'"))[0]!.n);
    const total = async () => {
      const cells = await page.getByTestId('stage-moves').locator('tbody tr td:nth-child(3)').allTextContents();
      return cells.reduce((a, c) => a + Number(c.replaceAll(',', '')), 0);
    };
    await expect.poll(total, { timeout: 30_000 }).toBe(known);
  });
});
