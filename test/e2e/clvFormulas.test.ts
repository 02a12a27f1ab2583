import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

/**
 * Letters that may stay in the Chinese panel: formula symbols, model names, the currency prefix
 * of US$ (the sample's currency stays USD when only the language changes) and quarter labels.
 */
const SYMBOLS = /^(CLV|RFM|CSV|Dwyer|US|Q[1-4]|I_t|p_i|R_i|V_i|[A-Za-z])$/;

describe('the textbook CLV formulas in the CLV view', () => {
  let harness: Harness;
  let page: Page;
  const panel = () => page.getByTestId('clv-formulas');
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await page.goto(harness.url);
    await page.getByTestId('analyses').waitFor({ timeout: 180_000 });
    await page.getByTestId('analyses-tab-clv').click();
    await page.getByTestId('clvf-profile').waitFor({ timeout: 120_000 });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('writes the discounted formula out per period, its last column adding up to the mean CLV', async () => {
    const rows = page.getByTestId('clvf-profile').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4); // n = 3 periods and the sum
    const text = (await panel().textContent()) ?? '';
    expect(text).toContain('I_t is what one customer brought in the t-th year of their life');
    expect(text).toContain('r = 10% per year');
    expect(await page.getByTestId('clvf-groups').locator('tbody tr').count()).toBeGreaterThan(3);
  });

  it('recomputes when the horizon and the period change, and names a bad horizon', async () => {
    await page.getByTestId('clvf-horizon').fill('6');
    await page.getByTestId('clvf-period').selectOption('quarter');
    await expect.poll(() => page.getByTestId('clvf-profile').locator('tbody tr').count(), { timeout: 60_000 }).toBe(7);
    expect(await panel().textContent()).toContain('t-th quarter');
    await page.getByTestId('clvf-horizon').fill('0');
    await expect.poll(() => panel().locator('[role=alert]').textContent()).toContain('invalid horizon: 0');
    await page.getByTestId('clvf-horizon').fill('6');
    await page.getByTestId('clvf-profile').waitFor({ timeout: 60_000 });
  });

  it("shows Dwyer's retention per cohort and the recency chain's k × k matrix", async () => {
    await expect.poll(() => page.getByTestId('clvf-dwyer').locator('tbody tr').count(), { timeout: 60_000 }).toBeGreaterThan(3);
    expect(await page.getByTestId('clvf-dwyer').textContent()).toMatch(/\d+(\.\d+)?%/);
    await expect.poll(() => page.getByTestId('clvf-matrix').locator('tbody tr').count()).toBe(5);
    await page.getByTestId('clvf-k').fill('4');
    await expect.poll(() => page.getByTestId('clvf-matrix').locator('tbody tr').count(), { timeout: 60_000 }).toBe(4);
    expect(await page.getByTestId('clvf-base-value').textContent()).toMatch(/\$[\d,]+/);
  });

  it('exports the discounted CLV of every customer as CSV, highest first', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('clvf-export').click()]);
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('customer_id,segment_rfm10,segment_cn8,tier,first_date,periods_seen,value,clv');
    expect(lines.length).toBe(5001);
    const clv = lines.slice(1, 50).map((l) => Number(l.split(',').at(-1)));
    for (let i = 1; i < clv.length; i++) expect(clv[i]).toBeLessThanOrEqual(clv[i - 1]!);
  });

  it('speaks Chinese: no English words in the panel besides formula symbols', async () => {
    await page.getByTestId('locale-switch').selectOption('zh-CN');
    await expect.poll(() => panel().locator('h3').textContent()).toBe('教科书公式计算的客户终身价值');
    const words = await panel().evaluate((root) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('option:not(:checked), td')) continue;
        for (const w of (n.textContent ?? '').match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) out.push(w);
      }
      return out;
    });
    expect([...new Set(words.filter((w) => !SYMBOLS.test(w)))]).toEqual([]);
    expect(await panel().textContent()).toContain('保留率');
  });
});
