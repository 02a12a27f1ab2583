import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

const BAD = new URL('../../../shared/data/bad/', import.meta.url);
const HEADER = 'customer_id,r,f,m,rfm_cell,segment_rfm10,segment_cn8,tier,recency_days,frequency,monetary,first_date,last_date';

/** Click the export button and return the downloaded CSV text (without its byte-order mark). */
async function exportCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-customers').click()]);
  const path = await download.path();
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** The first cell of each CSV line and every line split naively on commas (our test data has no quoted commas). */
const csvLines = (csv: string) => csv.trimEnd().split('\r\n');

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`analyses-tab-${tab}`).click();
  await expect.poll(() => page.getByTestId(`analyses-tab-${tab}`).getAttribute('aria-selected')).toBe('true');
}

describe('the analysis views under the overview', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await page.goto(harness.url);
    await page.getByTestId('analyses').waitFor({ timeout: 180_000 });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('lists the three segment maps with Champions, adding up to all customers', async () => {
    const table = page.getByTestId('segments-rfm10');
    await table.waitFor({ timeout: 60_000 });
    await expect.poll(() => table.locator('tbody th').first().textContent()).toContain('Champions');
    expect(await table.locator('tfoot').textContent()).toContain('5,000');
    await page.getByTestId('segments-rf10').waitFor();
    await page.getByTestId('segments-cn8').waitFor();
    expect(await page.getByTestId('analyses').textContent()).toMatch(/RFM as of .*2025/);
  });

  it('selects a segment for every linked view when its name is clicked', async () => {
    const button = page.getByTestId('segments-rfm10').locator('button[data-key="Champions"]');
    await button.click();
    await expect.poll(() => page.getByTestId('selection-summary').textContent(), { timeout: 30_000 }).toContain('Champions');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
  });

  it('lists the selection\'s first 100 customers and exports all of them as CSV', async () => {
    await openTab(page, 'customers');
    const list = page.getByTestId('customer-list');
    await list.waitFor();
    await expect.poll(() => page.locator('#an-panel-customers').textContent()).toContain('in the selection Champions');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(100);
    const text = await page.locator('#an-panel-customers .assumed').textContent();
    const total = Number(/of ([\d,]+) customers/.exec(text ?? '')?.[1]?.replaceAll(',', ''));
    expect(total).toBeGreaterThan(100);
    const lines = csvLines(await exportCsv(page));
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.split(',')[5] === 'Champions')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('selection-summary').textContent()).toBe('');
  });

  it('moves between the tabs with the arrow keys', async () => {
    await page.getByTestId('analyses-tab-customers').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('analyses-tab-lifecycle').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('analyses-tab-lifecycle');
  });

  it('shows lifecycle stages and the movement between two snapshots', async () => {
    await openTab(page, 'lifecycle');
    await page.locator('[data-testid=chart-lifecycle] svg').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=chart-stage-flow] svg').waitFor({ timeout: 60_000 });
  });

  it('fits the CLV models: parameters, the holdout check and the CLV distribution', async () => {
    await openTab(page, 'clv');
    const params = page.getByTestId('clv-params');
    await params.waitFor({ timeout: 120_000 });
    const text = (await params.textContent()) ?? '';
    expect(text).toContain('BG/NBD');
    expect(text).toMatch(/α = \d/);
    expect(text).toMatch(/γ = \d/);
    await page.locator('[data-testid=chart-clv] svg').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=chart-holdout] svg').waitFor();
    await page.locator('[data-testid=chart-p-alive] svg').waitFor();
    expect(await page.getByTestId('clv-top').locator('tbody tr').count()).toBe(20);
  });

  it('draws the value matrix with the fitted CLV and says there is no attitude column', async () => {
    await openTab(page, 'matrices');
    await page.locator('[data-testid=chart-value-matrix] svg').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('#an-panel-matrices').textContent()).toContain('the 12-month CLV fitted in the CLV view');
    await page.getByTestId('no-attitude').waitFor();
  });

  it('ranks basket pairs by lift and draws the Pareto bars', async () => {
    await openTab(page, 'baskets');
    await page.locator('[data-testid=chart-lift] svg').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('basket-pairs').locator('tbody tr').first().textContent()).toContain('Tent');
    await page.locator('[data-testid=chart-pareto] svg').waitFor();
  });

  it('speaks Chinese when the language is switched', async () => {
    await page.getByTestId('locale-switch').selectOption('zh-CN');
    await expect.poll(() => page.getByTestId('analyses-tab-segments').textContent()).toBe('客户细分');
    await openTab(page, 'segments');
    const head = (await page.getByTestId('segments-rfm10').locator('thead').textContent()) ?? '';
    expect(head).not.toMatch(/[A-Za-z]/);
    expect(await page.getByTestId('segments-rfm10').locator('button[data-key="Champions"]').textContent()).toContain('冠军客户');
    await page.getByTestId('locale-switch').selectOption('en');
  });

  it('neutralises ids that look like formulas in the CSV, and says why CLV cannot be fitted', async () => {
    await page.getByTestId('file-input').setInputFiles(new URL('formula_injection.csv', BAD).pathname);
    await page.getByTestId('mapping-panel').waitFor();
    await page.getByTestId('confirm-import').click();
    await page.locator('[data-testid=import-report] h2', { hasText: 'formula_injection.csv' }).waitFor();
    await openTab(page, 'customers');
    await expect.poll(() => page.getByTestId('customer-list').locator('tbody tr').count(), { timeout: 60_000 }).toBe(11);
    expect(await page.getByTestId('customer-list').textContent()).toContain('=C1307');
    const lines = csvLines(await exportCsv(page));
    expect(lines[0]).toBe(HEADER);
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(ids).toContain("'=C1307");
    expect(ids).toContain("'@C1310");
    for (const line of lines) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@\t\r]|^-[^\d]/);
    await openTab(page, 'clv');
    await expect.poll(() => page.locator('#an-panel-clv').textContent(), { timeout: 60_000 }).toContain('could not be fitted');
  });

  it('made no request to any origin but its own', () => {
    expect(harness.foreign).toEqual([]);
  });
});
