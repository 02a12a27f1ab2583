import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { engineRows, startHarness, type Harness } from './harness';

/** The number in a segment table's "Customers" cell for `segment` (en locale: 1,234). */
async function size(page: Page, map: string, segment: string): Promise<number> {
  const row = page.getByTestId(`segments-${map}`).locator('tbody tr').filter({ has: page.locator(`button[data-key="${segment}"]`) });
  return Number(((await row.locator('td').first().textContent()) ?? '').replaceAll(',', ''));
}

async function count(page: Page, where: string): Promise<number> {
  return Number((await engineRows(page, `SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE ${where}`))[0]!.n);
}

describe('the segment rule editor', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
    await page.getByTestId('segments-rfm10').waitFor({ timeout: 120_000 });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('shows per rule how many customers match and how many it gets, the first match winning', async () => {
    await page.getByTestId('edit-rules-rfm10').click();
    const editor = page.getByTestId('rule-editor-rfm10');
    await editor.waitFor();
    expect(await editor.getByTestId('rule-row').count()).toBe(10);
    const matches = Number((await editor.getByTestId('rule-3-matches').textContent())?.replaceAll(',', ''));
    const gets = Number((await editor.getByTestId('rule-3-assigned').textContent())?.replaceAll(',', ''));
    // Loyal Customers (R, F, M 2-4) overlaps Potential Loyalist above it, which takes some first.
    expect(matches).toBe(await count(page, 'r BETWEEN 2 AND 4 AND f BETWEEN 2 AND 4 AND m BETWEEN 2 AND 4'));
    expect(gets).toBe(await count(page, "segment_rfm10 = 'Loyal Customers'"));
    expect(gets).toBeLessThan(matches);
  });

  it('names the row and the problem, and applies nothing until it is fixed', async () => {
    const editor = page.getByTestId('rule-editor-rfm10');
    await editor.getByTestId('rule-1-r-from').fill('5');
    await editor.getByTestId('rule-1-r-to').fill('2');
    await expect.poll(() => editor.getByTestId('rule-problems').textContent()).toContain('row 1: R from 5 to 2 (expected from <= to)');
    expect(await editor.getByTestId('rule-apply').isDisabled()).toBe(true);
  });

  it('applies an edited rule: the segment size changes to the engine\'s count and the selection follows', async () => {
    const before = await size(page, 'rfm10', 'Champions');
    const editor = page.getByTestId('rule-editor-rfm10');
    await editor.getByTestId('rule-1-r-from').fill('4');
    await editor.getByTestId('rule-1-r-to').fill('5');
    await editor.getByTestId('rule-apply').click();
    await expect.poll(() => count(page, "segment_rfm10 = 'Champions'"), { timeout: 30_000 }).not.toBe(before);
    const engine = await count(page, 'r BETWEEN 4 AND 5 AND f = 5 AND m = 5');
    expect(await count(page, "segment_rfm10 = 'Champions'")).toBe(engine);
    await expect.poll(() => size(page, 'rfm10', 'Champions'), { timeout: 30_000 }).toBe(engine);
    expect(engine).toBeGreaterThan(before);
    await page.getByTestId('segments-rfm10').locator('button[data-key="Champions"]').click();
    await expect.poll(() => page.getByTestId('selection-summary').textContent(), { timeout: 30_000 }).toContain(engine.toLocaleString('en'));
    await page.getByTestId('analyses-tab-customers').click();
    await expect.poll(() => page.locator('#an-panel-customers .assumed').textContent(), { timeout: 30_000 }).toContain(`of ${engine.toLocaleString('en')} customers`);
    expect(await page.getByTestId('customer-list').locator('tbody tr').count()).toBe(Math.min(100, engine));
    await page.keyboard.press('Escape');
    await page.getByTestId('analyses-tab-segments').click();
  });

  it('keeps the edit after a reload, and goes back to the built-in rules on reset', async () => {
    await page.reload();
    await page.getByTestId('segments-rfm10').waitFor({ timeout: 120_000 });
    const engine = await count(page, 'r BETWEEN 4 AND 5 AND f = 5 AND m = 5');
    await expect.poll(() => size(page, 'rfm10', 'Champions'), { timeout: 60_000 }).toBe(engine);
    expect(await page.getByTestId('segments-rfm10').locator('caption').textContent()).toContain('(edited)');
    await page.getByTestId('edit-rules-rfm10').click();
    await page.getByTestId('rule-reset').click();
    const builtIn = await count(page, 'r = 5 AND f = 5 AND m = 5');
    await expect.poll(() => size(page, 'rfm10', 'Champions'), { timeout: 30_000 }).toBe(builtIn);
    expect(await count(page, "segment_rfm10 = 'Champions'")).toBe(builtIn);
  });

  it('builds the user\'s own map from a copy, with a Chinese name, a removed row and the unassigned counted', async () => {
    await page.getByTestId('own-map-create').click();
    const editor = page.getByTestId('rule-editor-custom');
    await editor.waitFor();
    await editor.getByTestId('rule-1-name').fill('高价值客户');
    // Remove the last rule (Lost): its customers now match no rule and go to Others (the copy keeps map A's group).
    await editor.getByTestId('rule-10-remove').click();
    expect(await editor.getByTestId('rule-otherwise').inputValue()).toBe('Others');
    await editor.getByTestId('rule-apply').click();
    const table = page.getByTestId('segments-custom');
    await table.waitFor({ timeout: 30_000 });
    await expect.poll(() => size(page, 'custom', '高价值客户')).toBe(await count(page, 'r = 5 AND f = 5 AND m = 5'));
    const unassigned = await count(page, "segment_custom = 'Others'");
    expect(unassigned).toBeGreaterThanOrEqual(await count(page, "segment_rfm10 = 'Lost'"));
    expect(await size(page, 'custom', 'Others')).toBe(unassigned);
    expect(await page.getByTestId('segments-custom-unmatched').textContent()).toContain(`${unassigned.toLocaleString('en')} customers match no rule`);
    const total = Number(((await table.locator('tfoot td').first().textContent()) ?? '').replaceAll(',', ''));
    expect(total).toBe(await count(page, 'true'));
    // Its segments are selectable like the built-in ones: the overview filters on segment_custom.
    await table.locator('button[data-key="高价值客户"]').click();
    await expect.poll(() => page.getByTestId('selection-summary').textContent(), { timeout: 30_000 }).toContain('高价值客户');
    await page.keyboard.press('Escape');
  });

  it('moves a rule up: it then gets every customer it matches that no rule above it takes', async () => {
    const editor = page.getByTestId('rule-editor-custom');
    await editor.waitFor();
    expect(await editor.getByTestId('rule-3-name').inputValue()).toBe('Loyal Customers');
    const before = await count(page, "segment_custom = 'Loyal Customers'");
    await editor.getByRole('button', { name: 'Move row 3 up' }).click();
    expect(await editor.getByTestId('rule-2-name').inputValue()).toBe('Loyal Customers');
    await editor.getByTestId('rule-apply').click();
    // Above it now: only 高价值客户 (R, F, M all 5), which no Loyal customer (scores 2-4) matches.
    const all = await count(page, 'r BETWEEN 2 AND 4 AND f BETWEEN 2 AND 4 AND m BETWEEN 2 AND 4');
    await expect.poll(() => size(page, 'custom', 'Loyal Customers'), { timeout: 30_000 }).toBe(all);
    expect(all).toBeGreaterThan(before);
    await expect.poll(() => page.getByTestId('rule-editor-custom').getByTestId('rule-2-assigned').textContent()).toBe(all.toLocaleString('en'));
  });

  it('deletes the user\'s own map: its table, its column and its stored rules go', async () => {
    await page.getByTestId('rule-editor-custom').getByTestId('rule-reset').click();
    await page.getByTestId('own-map').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('segments-custom').count()).toBe(0);
    const cols = await engineRows(page, "SELECT column_name FROM information_schema.columns WHERE table_name = 'customer_rfm' AND column_name = 'segment_custom'");
    expect(cols).toEqual([]);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('segbook.segmentMaps') ?? '{}').custom)).toBeNull();
  });
});
