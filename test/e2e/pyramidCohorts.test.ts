import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { engineRows, startHarness, type Harness } from './harness';

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`analyses-tab-${tab}`).click();
  await expect.poll(() => page.getByTestId(`analyses-tab-${tab}`).getAttribute('aria-selected')).toBe('true');
}

async function one(page: Page, sql: string): Promise<number> {
  return Number((await engineRows(page, sql))[0]!.v);
}

/** The share of net revenue of the best `n` customers by revenue (ties by id), as the app ranks them. */
const topSql = (n: number) => `SELECT sum(revenue) / (SELECT sum(revenue) FROM customer_rfm) AS v
  FROM (SELECT revenue FROM customer_rfm ORDER BY revenue DESC, customer_id LIMIT ${n})`;

describe('the pyramid and cohort views', () => {
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

  it('says what the top x% of customers bring for any x typed, as the engine counts it', async () => {
    await openTab(page, 'pyramid');
    const result = page.getByTestId('top-share-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toContain(`The top 20% of customers (1,000 customers) bring ${Math.round((await one(page, topSql(1000))) * 100)}% of net revenue`);
    await page.getByTestId('top-share-input').fill('2.5');
    const share = await one(page, topSql(125));
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('The top 2.5% of customers (125 customers)');
    expect(await result.textContent()).toContain(`bring ${Math.round(share * 100)}% of net revenue`);
  });

  it('re-cuts the tiers when a cut point is edited, and names a bad one', async () => {
    const first = page.getByTestId('pyramid-tiers').locator('tbody tr').first().locator('td').first();
    expect(await first.textContent()).toBe('50');
    await page.getByTestId('tier-1-pct').fill('10');
    await expect.poll(() => first.textContent(), { timeout: 30_000 }).toBe('500');
    await page.getByTestId('tier-2-pct').fill('95');
    await expect.poll(() => page.getByTestId('pyramid-problems').textContent()).toContain('the tiers above the last add up to 135% (expected less than 100%)');
    await page.getByTestId('tier-2-pct').fill('19');
    await expect.poll(() => page.getByTestId('pyramid-problems').count()).toBe(0);
    expect(await page.locator('#an-panel-pyramid .assumed').first().textContent()).toContain('ranked by net revenue');
  });

  it('shows retention as rates and as counts, revenue, and cumulative revenue per customer', async () => {
    await openTab(page, 'cohorts');
    const table = page.getByTestId('cohort-matrix');
    await table.waitFor({ timeout: 60_000 });
    const firstRow = table.locator('tbody tr').first();
    const cohort = (await firstRow.getAttribute('data-key'))!;
    expect(cohort).toMatch(/^\d{4}-\d{2}$/);
    expect(await firstRow.locator('td').nth(1).textContent()).toBe('100%');
    const size = await one(page, `SELECT count(*) AS v FROM customer_rfm WHERE strftime(first_date, '%Y-%m') = '${cohort}'`);
    const back = await one(page, `SELECT count(*) AS v FROM customer_periods WHERE cohort = '${cohort}' AND period = 1`);
    expect(await firstRow.locator('td').nth(2).textContent()).toBe(`${Math.round((back / size) * 100)}%`);
    await page.getByTestId('cohort-measure').selectOption('customers');
    await expect.poll(() => firstRow.locator('td').nth(2).textContent()).toBe(back.toLocaleString('en'));
    expect(await firstRow.locator('td').nth(1).textContent()).toBe(size.toLocaleString('en'));
    await page.getByTestId('cohort-measure').selectOption('cumulative');
    await expect.poll(() => table.getAttribute('data-measure')).toBe('cumulative');
    const stats = (await page.getByTestId('cohort-stats').textContent()) ?? '';
    const repeat = await one(page, 'SELECT avg((frequency >= 2)::INTEGER) AS v FROM customer_rfm');
    expect(stats).toContain(`Repeat-purchase rate: ${Math.round(repeat * 100)}%`);
    expect(stats).toMatch(/Mean days between orders: [\d.,]+ days/);
    expect(stats).toMatch(/came back in the last 365 days: \d+%/);
    await page.locator('[data-testid=chart-layer-cake] svg').waitFor();
  });

  it('groups cohorts by quarter or week on request', async () => {
    await page.getByTestId('cohort-grain').selectOption('quarter');
    await expect.poll(() => page.getByTestId('cohort-matrix').locator('tbody tr').first().getAttribute('data-key'), { timeout: 30_000 }).toMatch(/^\d{4}-Q[1-4]$/);
    await page.getByTestId('cohort-grain').selectOption('week');
    await expect.poll(() => page.getByTestId('cohort-matrix').locator('tbody tr').first().getAttribute('data-key'), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('#an-panel-cohorts').textContent()).toContain('first order fell in the same week');
  });

  it('words every panel of its own in Chinese, assumptions included', async () => {
    await page.getByTestId('locale-switch').selectOption('zh-CN');
    for (const tab of ['segments', 'pyramid', 'cohorts', 'lifecycle', 'baskets']) {
      await openTab(page, tab);
      await page.waitForTimeout(300);
      const words = await page.locator(`#an-panel-${tab}`).evaluate((panel) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest('td, tbody th, option:not(:checked), svg, details:not([open]) > :not(summary)')) continue;
          for (const w of (n.textContent ?? '').match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) out.push(w);
        }
        return out;
      });
      // Data values (table cells and row labels such as region names) are left out. Model names, the R/F/M letters, currency codes and cohort labels such as 2024-Q1 stay as they are.
      const english = [...new Set(words.filter((w) => !/^(RFM|RF|CLV|SQL|US|Esc|alive|Q\d|[A-Z]|[a-z])$/.test(w)))];
      expect(english, tab).toEqual([]);
    }
    await page.getByTestId('locale-switch').selectOption('en');
  });
});
