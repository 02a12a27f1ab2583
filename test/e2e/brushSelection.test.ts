import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { engineRows, startHarness, type Harness } from './harness';

/** Press at the centre of `from`, move in steps to the centre of `to`, release (real mouse events). */
async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
  // The mouse works in the viewport: bring the chart into it first.
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

const summaryCount = async (page: Page) => {
  const text = (await page.getByTestId('selection-summary').textContent())!.replace(/[,\s]/g, '');
  return Number(/:(\d+)customers/.exec(text)?.[1] ?? NaN);
};

describe('brushing the overview charts', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
    await page.locator('[data-testid=chart-rfm-grid] svg').waitFor();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('a drag over the RF grid selects the cells it covers; the pyramid and cohorts follow', async () => {
    const pyramid = await page.locator('[data-testid=chart-pyramid]').innerHTML();
    const cohorts = await page.locator('[data-testid=chart-cohorts]').innerHTML();
    const grid = page.locator('[data-testid=chart-rfm-grid]');
    await dragBetween(page, grid.locator('[data-key="4,5"] rect'), grid.locator('[data-key="5,4"] rect'));
    await expect.poll(() => grid.locator('[aria-pressed="true"]').count()).toBe(4);
    const keys = await grid.locator('[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')).sort());
    expect(keys).toEqual(['4,4', '4,5', '5,4', '5,5']);
    const n = (await engineRows(page, "SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE r >= 4 AND f >= 4"))[0]!.n as number;
    await expect.poll(() => summaryCount(page)).toBe(n);
    await expect.poll(() => page.locator('[data-testid=chart-pyramid]').innerHTML()).not.toBe(pyramid);
    await expect.poll(() => page.locator('[data-testid=chart-cohorts]').innerHTML()).not.toBe(cohorts);
    // A plain click on a cell still selects that one cell.
    await grid.locator('[data-key="1,1"] rect').click();
    await expect.poll(() => grid.locator('[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['1,1']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toBe('');
  });

  it('a drag down the cohort rows selects those cohorts', async () => {
    const heat = page.locator('[data-testid=chart-cohorts]');
    const labels = heat.locator('[tabindex="0"][data-key]');
    const first = (await labels.nth(1).getAttribute('data-key'))!;
    const third = (await labels.nth(3).getAttribute('data-key'))!;
    await dragBetween(page, heat.locator(`g.sb-cell[data-key="${first}"] rect`).first(), heat.locator(`g.sb-cell[data-key="${third}"] rect`).first());
    await expect.poll(() => heat.locator('[tabindex="0"][aria-pressed="true"]').count()).toBe(3);
    const n = (await engineRows(page, `SELECT count(*)::INTEGER AS n FROM customer_periods WHERE period = 0 AND cohort >= '${first}' AND cohort <= '${third}'`))[0]!.n as number;
    await expect.poll(() => summaryCount(page)).toBe(n);
    await page.keyboard.press('Escape');
  });

  it('a drag across the Lorenz curve selects that band of customers ranked by value', async () => {
    const grid = await page.locator('[data-testid=chart-rfm-grid]').innerHTML();
    const overlay = page.locator('[data-testid=chart-lorenz] .sb-brush rect.overlay');
    await overlay.scrollIntoViewIfNeeded();
    const box = (await overlay.boundingBox())!;
    // From the left edge (the best customers) to about 20% across.
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const band = page.locator('[data-testid=chart-lorenz] .sb-band');
    await band.waitFor();
    const key = (await band.getAttribute('data-key'))!;
    const [from, to] = key.split('..').map(Number);
    expect(from).toBeLessThan(0.01);
    expect(to).toBeGreaterThan(0.15);
    expect(to).toBeLessThan(0.25);
    const n = (await engineRows(page, `SELECT count(*) FILTER (WHERE value_rank > ${from} * n AND value_rank <= ${to} * n)::INTEGER AS n FROM (SELECT value_rank, count(*) OVER () AS n FROM customer_rfm)`))[0]!.n as number;
    expect(n).toBeGreaterThan(0);
    await expect.poll(() => summaryCount(page)).toBe(n);
    await expect.poll(() => page.locator('[data-testid=chart-rfm-grid]').innerHTML()).not.toBe(grid);
    expect(harness.foreign).toEqual([]);
  });

  it('the keyboard selects a Lorenz band: focus the curve, arrows move and widen the band, Enter selects it', async () => {
    await page.keyboard.press('Escape');
    const plot = page.locator('[data-testid=chart-lorenz] g.sb-keys');
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => plot.getAttribute('aria-label')).toContain('5% to 30%');
    expect(await page.locator('[data-testid=chart-lorenz] rect.sb-band-keys').count()).toBe(1);
    await page.keyboard.press('Enter');
    const band = page.locator('[data-testid=chart-lorenz] .sb-band');
    await band.waitFor();
    expect(await band.getAttribute('data-key')).toBe('0.05..0.3');
    const n = (await engineRows(page, `SELECT count(*) FILTER (WHERE value_rank > 0.05 * n AND value_rank <= 0.3 * n)::INTEGER AS n FROM (SELECT value_rank, count(*) OVER () AS n FROM customer_rfm)`))[0]!.n as number;
    expect(n).toBeGreaterThan(0);
    await expect.poll(() => summaryCount(page)).toBe(n);
  });
});
