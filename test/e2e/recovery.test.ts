import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

type Segbook = { segbook: { engine: import('../../src/lib/db/client').EngineClient } };

async function count(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { engine } = (window as unknown as Segbook).segbook;
    return (await engine.query('SELECT count(*)::INTEGER AS n FROM transactions')).toArray()[0].n as number;
  });
}

async function countOf(page: Page, table: string): Promise<number> {
  return page.evaluate(async (table) => {
    const { engine } = (window as unknown as Segbook).segbook;
    return (await engine.query(`SELECT count(*)::INTEGER AS n FROM ${table}`)).toArray()[0].n as number;
  }, table);
}

async function cellNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid=cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name') ?? ''));
}

describe('when the engine runs out of memory or is stopped', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
    await page.locator('[data-kept=saved]').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('replaces the worker after a real out-of-memory error in a notebook cell, says what happened and what to try, and keeps the notebook and tables', async () => {
    await page.locator('[data-testid=notebook][data-running=false]').waitFor({ timeout: 60_000 });
    const before = await count(page);
    const customersBefore = await countOf(page, 'customer_rfm');
    const cellsBefore = await cellNames(page);
    // No lowered limit: 4,000 strings of 1 MB in one list fill DuckDB's whole 3.1 GiB in the wasm heap.
    const sql = "SELECT list(repeat('x', 1000000)) AS l FROM range(4000)";
    await page.getByTestId('add-cell').click();
    const cell = page.locator('[data-testid=cell]').last();
    await cell.getByTestId('cell-name').fill('too_big');
    await cell.locator('.cm-content').click();
    await cell.locator('.cm-content').press('ControlOrMeta+a');
    await cell.locator('.cm-content').press('Delete');
    await page.keyboard.insertText(sql);
    await cell.locator('.cm-content').press('ControlOrMeta+Enter');

    const notice = page.getByTestId('engine-notice');
    await notice.waitFor({ timeout: 240_000 });
    // The old engine's handle is replaced once the new worker has started and the data is back.
    await page.waitForFunction(() => (window as unknown as { segbook: { engine: { info: unknown } } }).segbook.engine.info !== undefined);
    await page.locator('[data-kept=saved]').waitFor({ timeout: 120_000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/ran out of memory .*3\.1 GB.*restarted.*restored.*notebook is unchanged/);
    expect(text).toMatch(/WHERE.*LIMIT.*only the columns you need/);
    // The notebook: every cell still there, the failing one with its SQL.
    expect(await cellNames(page)).toEqual([...cellsBefore, 'too_big']);
    const failed = page.locator('[data-testid=cell][data-cell-name="too_big"]');
    await expect(failed.locator('.cm-content').evaluate((el) => (el as HTMLElement).innerText.trim())).resolves.toBe(sql);
    // The cell is a lazy view: its result grid's read is what ran the engine out of memory. The
    // re-run on the restored data holds it (not re-run, its error kept) rather than reading it again.
    const runsAtFailure = await failed.getAttribute('data-runs');
    await page.locator('[data-testid=notebook][data-running=false]').waitFor({ timeout: 120_000 });
    await expect.poll(() => failed.getAttribute('data-status'), { timeout: 60_000 }).toBe('error');
    expect(await failed.getAttribute('data-runs')).toBe(runsAtFailure);
    expect(await failed.getByTestId('cell-status').textContent()).not.toMatch(/running|queued/i);
    // The tables are back: the transactions and the per-customer tables the charts read.
    await page.locator('[data-testid=chart-pyramid] svg').waitFor({ timeout: 120_000 });
    await expect.poll(() => count(page), { timeout: 60_000 }).toBe(before);
    await expect.poll(() => countOf(page, 'customer_rfm'), { timeout: 60_000 }).toBe(customersBefore);
    // The new engine has its memory back.
    await expect.poll(() => countOf(page, '(SELECT 1 FROM range(10))'), { timeout: 60_000 }).toBe(10);
  });

  it('stops a runaway query from the toolbar, keeping the data', async () => {
    await page.getByTestId('engine-notice').getByRole('button').click();
    const before = await count(page);
    void page.evaluate(async () => {
      const { engine } = (window as unknown as Segbook).segbook;
      await engine.query('SELECT count(*) FROM range(100000000000) a').catch(() => undefined);
    });
    await page.getByTestId('stop-engine').click({ timeout: 60_000 });
    await page.getByTestId('engine-notice').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('engine-notice').textContent()).toMatch(/stopped/);
    await expect.poll(() => count(page), { timeout: 60_000 }).toBe(before);
    expect(harness.foreign).toEqual([]);
  });

  it('closes the analysis tabs after an out-of-memory restart (an open tab would re-run on the restored data), but not after a stop', async () => {
    const dismiss = page.getByTestId('engine-notice').getByRole('button');
    if (await dismiss.count()) await dismiss.click();
    const restart = (reason: 'memory' | 'stopped') =>
      page.evaluate(async (reason) => {
        await (window as unknown as { segbook: { restartEngine(r: string): Promise<void> } }).segbook.restartEngine(reason);
      }, reason);
    await page.getByTestId('analyses-tab-cohorts').click();
    await page.locator('#an-panel-cohorts').waitFor();
    await restart('stopped');
    await page.getByTestId('engine-notice').waitFor();
    await expect.poll(() => page.getByTestId('analyses-tab-cohorts').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('#an-panel-cohorts').count(), { timeout: 60_000 }).toBe(1);
    await restart('memory');
    expect(await page.getByTestId('engine-notice').textContent()).toMatch(/ran out of memory.*analysis tabs were closed/);
    await expect.poll(() => page.locator('#an-panel-cohorts').count()).toBe(0);
    expect(await page.getByTestId('analyses-tab-segments').getAttribute('aria-selected')).toBe('true');
    // The tab opens again when the user asks, on the restored data.
    await page.getByTestId('analyses-tab-cohorts').click();
    await page.locator('#an-panel-cohorts').waitFor();
    expect(harness.foreign).toEqual([]);
  });
});
