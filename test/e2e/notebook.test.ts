import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

const cellByName = (page: Page, name: string): Locator => page.locator(`[data-testid=cell][data-cell-name="${name}"]`);
const runsOf = async (page: Page, name: string): Promise<number> => Number(await cellByName(page, name).getAttribute('data-runs'));
const statusOf = (page: Page, name: string): Promise<string | null> => cellByName(page, name).getAttribute('data-status');

/** data-runs of every cell, by name. */
async function allRuns(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-testid=cell]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-cell-name') ?? '', Number(e.getAttribute('data-runs'))])),
  );
}

/** Wait until no run is queued or in progress. */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid=notebook][data-running=false]').waitFor({ timeout: 60_000 });
}

/** Replace the text of a cell's SQL editor by typing, as a user would. */
async function typeSql(cell: Locator, sql: string): Promise<void> {
  const editor = cell.locator('.cm-content');
  await editor.click();
  await editor.press('ControlOrMeta+a');
  await editor.press('Delete');
  await editor.page().keyboard.insertText(sql);
}

/** Add a SQL cell through the toolbar, name it, type its query and run it with Ctrl+Enter. */
async function addSqlCell(page: Page, name: string, sql: string): Promise<void> {
  const before = await page.locator('[data-testid=cell]').count();
  await page.getByTestId('add-cell').click();
  await expect.poll(() => page.locator('[data-testid=cell]').count()).toBe(before + 1);
  const cell = page.locator('[data-testid=cell]').last();
  await cell.getByTestId('cell-name').fill(name);
  await typeSql(cell, sql);
  await cell.locator('.cm-content').press('ControlOrMeta+Enter');
  await settled(page);
  await expect.poll(() => statusOf(page, name)).toBe('ok');
}

async function sqlOf(page: Page, name: string): Promise<string> {
  return cellByName(page, name).locator('.cm-content').evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));
}

async function viewExists(page: Page, name: string): Promise<boolean> {
  return page.evaluate(async (n) => {
    // SAFETY: the documented console handle of the app (session.svelte.ts).
    const engine = (window as unknown as { segbook: { engine: { query(sql: string): Promise<{ numRows: number }> } } }).segbook.engine;
    const t = await engine.query(`SELECT 1 FROM information_schema.tables WHERE table_name = '${n}' AND table_type = 'VIEW'`);
    return t.numRows > 0;
  }, name);
}

describe('the notebook', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(harness.url);
    await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=notebook][data-ready=true]').waitFor({ timeout: 120_000 });
    await settled(page);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('opens the customer segmentation overview on a first visit, every cell run', async () => {
    await expect.poll(() => page.locator('[data-testid=cell]').count()).toBeGreaterThanOrEqual(5);
    for (const name of ['rfm', 'pyramid', 'cohorts', 'monthly_revenue', 'top_customers_share']) {
      expect(await statusOf(page, name), name).toBe('ok');
      expect(await runsOf(page, name), name).toBe(1);
    }
    // The pyramid analysis lists its four tiers in the result grid.
    await expect.poll(() => cellByName(page, 'pyramid').locator('tbody tr').count()).toBe(4);
    await expect(cellByName(page, 'pyramid').locator('[data-testid=generated-sql]').textContent()).resolves.toContain('customer_rfm AS (');
  });

  it('builds five cells (a → b → c and two independent) and re-runs only the dependents of an edited cell', async () => {
    await addSqlCell(page, 'a', 'SELECT 1 AS x');
    await addSqlCell(page, 'b', 'SELECT x + 1 AS y FROM a');
    await addSqlCell(page, 'c', 'SELECT y * 2 AS z FROM b');
    await addSqlCell(page, 'd', 'SELECT 10 AS p');
    await addSqlCell(page, 'e', 'SELECT 20 AS q');
    await expect.poll(() => cellByName(page, 'c').locator('tbody td').first().textContent()).toBe('4');

    const before = await allRuns(page);
    await typeSql(cellByName(page, 'a'), 'SELECT 2 AS x');
    await expect.poll(() => cellByName(page, 'a').getByTestId('cell-status').textContent()).toMatch(/edited/);
    await cellByName(page, 'a').locator('.cm-content').press('ControlOrMeta+Enter');
    await settled(page);
    await expect.poll(() => runsOf(page, 'c')).toBe(before.c + 1);
    const after = await allRuns(page);
    const reran = Object.keys(after).filter((k) => after[k] !== before[k]).sort();
    expect(reran).toEqual(['a', 'b', 'c']);
    for (const name of ['a', 'b', 'c']) expect(after[name]).toBe(before[name] + 1);
    await expect.poll(() => cellByName(page, 'c').locator('tbody td').first().textContent()).toBe('6');
  });

  it('shows an error on its cell with the SQL line, blocks its readers and keeps the rest working', async () => {
    const before = await allRuns(page);
    await typeSql(cellByName(page, 'b'), 'SELECT x + 1 AS y\nFROM a\nWHERE nope > 1');
    await cellByName(page, 'b').locator('[data-testid=cell-run]').click();
    await settled(page);
    expect(await statusOf(page, 'b')).toBe('error');
    expect(await statusOf(page, 'c')).toBe('blocked');
    const alert = cellByName(page, 'b').locator('.cell-error');
    await expect(alert.textContent()).resolves.toMatch(/Line 3, column 7/);
    await expect(alert.textContent()).resolves.toContain('nope');
    expect(await runsOf(page, 'd')).toBe(before.d);
    // Fix it again: c comes back.
    await typeSql(cellByName(page, 'b'), 'SELECT x + 1 AS y FROM a');
    await cellByName(page, 'b').locator('.cm-content').press('ControlOrMeta+Enter');
    await settled(page);
    expect(await statusOf(page, 'c')).toBe('ok');
  });

  it('renaming a cell drops its old view; deleting one drops its view and undo brings both back', async () => {
    const id = await cellByName(page, 'd').getAttribute('data-cell-id');
    const cell = page.locator(`[data-testid=cell][data-cell-id="${id}"]`);
    await cell.getByTestId('cell-name').fill('d2');
    await cell.getByTestId('cell-name').press('Enter');
    await settled(page);
    await expect.poll(() => viewExists(page, 'd2')).toBe(true);
    expect(await viewExists(page, 'd')).toBe(false);

    await cellByName(page, 'e').getByTestId('cell-delete').click();
    await settled(page);
    expect(await cellByName(page, 'e').count()).toBe(0);
    expect(await viewExists(page, 'e')).toBe(false);
    await page.locator('[data-testid=notebook] .notice button', { hasText: /undo/i }).click();
    await settled(page);
    await expect.poll(() => statusOf(page, 'e')).toBe('ok');
    expect(await viewExists(page, 'e')).toBe(true);

    // Ctrl+Z outside the editors undoes notebook steps too (here: the undone delete is redone, then undone).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await settled(page);
    expect(await cellByName(page, 'e').count()).toBe(0);
    await page.keyboard.press('ControlOrMeta+z');
    await settled(page);
    expect(await cellByName(page, 'e').count()).toBe(1);
  });

  it('shows a markdown cell with a script tag without any script element, and never runs it', async () => {
    await page.evaluate(() => ((window as unknown as { nbXss: number }).nbXss = 0));
    await page.getByTestId('add-markdown').click();
    const input = page.getByTestId('markdown-input');
    await input.waitFor();
    await input.fill('Hello **bold** <script>window.nbXss = 1</script> <img src=x onerror="window.nbXss = 2">');
    await input.press('Escape');
    const view = page.locator('[data-testid=cell][data-cell-kind=markdown]').last().getByTestId('markdown-view');
    await view.waitFor();
    expect(await view.locator('strong').textContent()).toBe('bold');
    expect(await view.locator('script').count()).toBe(0);
    expect(await page.locator('[data-testid=notebook] script').count()).toBe(0);
    expect(await view.innerHTML()).not.toMatch(/onerror/);
    expect(await page.evaluate(() => (window as unknown as { nbXss: number }).nbXss)).toBe(0);
  });

  it('restores the notebook after a reload (IndexedDB)', async () => {
    await page.locator('[data-testid=notebook][data-save=saved]').waitFor({ timeout: 10_000 });
    const names = await page.locator('[data-testid=cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name')));
    await page.reload();
    await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=notebook][data-ready=true]').waitFor({ timeout: 120_000 });
    await settled(page);
    const restored = await page.locator('[data-testid=cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name')));
    expect(restored).toEqual(names);
    expect(await sqlOf(page, 'a')).toBe('SELECT 2 AS x');
    expect(await statusOf(page, 'c')).toBe('ok');
    await expect.poll(() => cellByName(page, 'c').locator('tbody td').first().textContent()).toBe('6');
    expect(await page.locator('[data-testid=markdown-view] strong', { hasText: 'bold' }).count()).toBe(1);
  });

  it('runs a lesson from the lessons menu and its answer check passes', async () => {
    await page.getByTestId('lesson-select').selectOption('pyramid');
    await expect.poll(() => page.locator('[data-testid=cell][data-cell-name=answer]').count(), { timeout: 30_000 }).toBe(1);
    await settled(page);
    await expect.poll(() => page.locator('[data-testid=cell][data-cell-name=answer] [data-testid=check-result]').getAttribute('data-pass'), { timeout: 30_000 }).toBe('true');
    const failed = await page.locator('[data-testid=cell][data-status=error]').count();
    expect(failed).toBe(0);
    // Undo brings back the notebook built above.
    await page.getByTestId('undo').click();
    await settled(page);
    await expect.poll(() => cellByName(page, 'c').count()).toBe(1);
  });

  it('speaks Chinese everywhere in its own interface after switching the language', async () => {
    await page.getByTestId('locale-switch').selectOption('zh-CN');
    await page.getByTestId('notebook-help-button').click();
    await page.getByTestId('notebook-help').waitFor();
    // The notebook's own words: everything but what the user wrote or the data holds (data-content).
    const { english, content } = await page.getByTestId('notebook').evaluate((root) => {
      const clone = root.cloneNode(true) as HTMLElement;
      const removed: string[] = [];
      for (const el of clone.querySelectorAll('[data-content], kbd, .cm-editor, svg')) {
        removed.push(el.textContent ?? '');
        el.remove();
      }
      const texts = [clone.textContent ?? ''];
      for (const el of clone.querySelectorAll('*')) {
        for (const attr of ['aria-label', 'title', 'placeholder']) {
          const v = el.getAttribute(attr);
          if (v) texts.push(v);
        }
      }
      return { english: texts.join(' '), content: removed.join(' ') };
    });
    // Names of cells, tables and columns appear in labels ("sort by revenue"); technical words stay as they are.
    const contentWords = new Set((content.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).map((w) => w.toLowerCase()));
    const allowed = new Set(['transactions', 'sql', 'markdown', 'ctrl', 'enter', 'shift', 'tab', 'esc', 'segbook', 'json', 'md', 'svg', 'png', 'clv', 'rfm', 'bg', 'nbd', 'gamma', 't_x', 'x', 'y', 'null']);
    const names = new Set(await page.locator('[data-testid=cell]').evaluateAll((els) => els.map((e) => (e.getAttribute('data-cell-name') ?? '').toLowerCase())));
    const words = [...new Set(english.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [])].filter((w) => !allowed.has(w.toLowerCase()) && !names.has(w.toLowerCase()) && !contentWords.has(w.toLowerCase()));
    expect(words).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('locale-switch').selectOption('en');
  });

  it('made no request to any origin but its own', () => {
    expect(harness.foreign).toEqual([]);
  });
});
