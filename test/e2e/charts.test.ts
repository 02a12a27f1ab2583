import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { engineRows, startHarness, type Harness } from './harness';

async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

describe('linked charts', () => {
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

  it('a click on a pyramid tier redraws the RFM grid and the cohorts for that tier', async () => {
    const grid = page.locator('[data-testid=chart-rfm-grid]');
    const cohorts = page.locator('[data-testid=chart-cohorts]');
    const gridBefore = await grid.innerHTML();
    const cohortsBefore = await cohorts.innerHTML();
    expect(await page.getByTestId('selection-summary').textContent()).toBe('');
    const tier = page.locator('[data-testid=chart-pyramid] [data-key="次要客户"]');
    const key = (await tier.getAttribute('data-key'))!;
    // Click the tier's bar: the centre of the tier's group is the gap between the two pyramids.
    await tier.locator('rect').first().click();
    // The summary names the tier as the reader knows it (English here), not by its data key.
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toContain('Secondary');
    await expect.poll(() => grid.innerHTML()).not.toBe(gridBefore);
    await expect.poll(() => cohorts.innerHTML()).not.toBe(cohortsBefore);
    const tierSize = (await engineRows(page, `SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE tier = '${key}'`))[0]!.n as number;
    const summary = (await page.getByTestId('selection-summary').textContent())!;
    expect(summary.replace(/[,\s]/g, '')).toContain(`${tierSize}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toBe('');
    await expect.poll(() => grid.innerHTML()).toBe(gridBefore);
  });

  it('a click on a pyramid tier shows that tier\'s own cohort sizes and rates in the cohort heatmap', async () => {
    const cohorts = page.locator('[data-testid=chart-cohorts]');
    const rows = await engineRows(page, `SELECT cohort, count(*)::INTEGER AS n FROM customer_periods JOIN customer_rfm USING (customer_id)
      WHERE tier = '次要客户' AND period = 0 GROUP BY cohort ORDER BY cohort`);
    expect(rows.length).toBeGreaterThan(1);
    const drawn = await cohorts.getAttribute('data-drawn');
    await page.locator('[data-testid=chart-pyramid] [data-key="次要客户"] rect').first().click();
    await expect.poll(() => cohorts.getAttribute('data-drawn')).not.toBe(drawn);
    // Each row label's tooltip gives the cohort's size: the tier's customers who started then.
    const sizes = await cohorts.locator('g.sb-row > g:first-child > title').allTextContents();
    expect(sizes.map((t) => Number(t.split(': ').at(-1)!.replace(/,/g, '')))).toEqual(rows.map((r) => r.n));
    // Period 0 is every cohort's whole size.
    const first = await cohorts.locator('g.sb-row').first().locator('g.sb-cell > title').first().textContent();
    expect(first).toContain('Retention: 100%');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toBe('');
  });

  it('a click on an RF cell selects its customers in the pyramid', async () => {
    const pyramid = page.locator('[data-testid=chart-pyramid]');
    const before = await pyramid.innerHTML();
    await page.locator('[data-testid=chart-rfm-grid] [data-key="5,5"]').first().click();
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toContain('5,5');
    await expect.poll(() => pyramid.innerHTML()).not.toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toBe('');
  });

  it('names a selection and saves it as a segment that comes back after a reload', async () => {
    await page.locator('[data-testid=chart-pyramid] [data-key="次要客户"] rect').first().click();
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toContain('Secondary');
    await page.getByLabel('Name of the segment to save').fill('Best 20% minus the top');
    await page.getByRole('button', { name: 'Save as segment' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toBe('');
    await page.reload();
    await page.locator('[data-testid=chart-pyramid] svg').waitFor({ timeout: 120_000 });
    const chip = page.getByTestId('saved-segment').filter({ hasText: 'Best 20% minus the top' });
    await chip.getByRole('button', { name: 'Best 20% minus the top', exact: true }).click();
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toContain('Secondary');
    await page.keyboard.press('Escape');
    await chip.getByRole('button', { name: /remove the segment/i }).click();
    expect(await page.getByTestId('saved-segment').count()).toBe(0);
  });

  it('exports a chart as well-formed SVG and as PNG', async () => {
    const box = page.locator('figure', { has: page.getByTestId('chart-pyramid') });
    const svg = await saved(page, () => box.getByRole('button', { name: /svg/i }).click());
    expect(svg.name).toBe('pyramid.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    const ok = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.tagName === 'svg';
    }, text);
    expect(ok).toBe(true);
    const png = await saved(page, () => box.getByRole('button', { name: /png/i }).click());
    expect(png.name).toBe('pyramid.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(100); // IHDR width
  });

  it('made no request to any origin but its own', () => {
    expect(harness.foreign).toEqual([]);
  });
});
