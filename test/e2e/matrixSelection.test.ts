import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { engineRows, startHarness, type Harness } from './harness';

describe('selecting a value-matrix quadrant', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('a click on a quadrant selects its customers: the summary counts the quadrant, the overview follows, it saves as a segment', async () => {
    await page.getByTestId('analyses-tab-matrices').click();
    const quadrant = page.locator('[data-testid=chart-value-matrix] [data-key="B"] rect').first();
    await quadrant.waitFor({ timeout: 60_000 });
    const n = (await engineRows(page, "SELECT count(*)::INTEGER AS n FROM customer_matrix WHERE matrix = 'value' AND cell = 'B'"))[0]!.n as number;
    expect(n).toBeGreaterThan(0);
    const grid = await page.locator('[data-testid=chart-rfm-grid]').innerHTML();
    await quadrant.click();
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).not.toBe('');
    const summary = (await page.getByTestId('selection-summary').textContent())!.replace(/[,\s]/g, '');
    expect(summary).toContain(`:${n}customers`);
    await expect.poll(() => page.locator('[data-testid=chart-rfm-grid]').innerHTML()).not.toBe(grid);
    expect(await page.locator('[data-testid=chart-value-matrix] [data-key="B"]').getAttribute('aria-pressed')).toBe('true');
    // Saved as a segment, cleared, then applied again: the same customers.
    await page.getByLabel('Name of the segment to save').fill('grow');
    await page.getByRole('button', { name: 'Save as segment' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toBe('');
    await page.getByTestId('saved-segment').filter({ hasText: 'grow' }).getByRole('button').first().click();
    await expect.poll(async () => (await page.getByTestId('selection-summary').textContent())!.replace(/[,\s]/g, '')).toContain(`:${n}customers`);
    expect(harness.foreign).toEqual([]);
  });
});
