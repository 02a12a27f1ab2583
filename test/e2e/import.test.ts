import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

const BAD = new URL('../../../shared/data/bad/', import.meta.url);
const MANIFEST = JSON.parse(readFileSync(new URL('MANIFEST.json', BAD), 'utf8')) as {
  files: { name: string; expect: Record<string, unknown> }[];
};
const expected = (name: string) => MANIFEST.files.find((f) => f.name === name)!.expect;

/** Drop a file on the page the way a browser does: dragenter, then drop with a DataTransfer. */
async function dropFile(page: Page, name: string): Promise<void> {
  const data = [...readFileSync(new URL(name, BAD))];
  const dt = await page.evaluateHandle(({ name, data }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], name));
    return dt;
  }, { name, data });
  await page.dispatchEvent('[data-testid=drop-zone]', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: dt });
}

async function field(page: Page, name: string): Promise<string> {
  return (await page.locator(`[data-testid=import-report] [data-field=${name}]`).textContent())?.trim() ?? '';
}

const num = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

describe('importing files in the browser', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await page.goto(harness.url);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('opens on the bundled sample with a banner and its import report', async () => {
    await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    await page.getByTestId('import-report').waitFor();
    expect(num(await field(page, 'customers'))).toBe(5000);
    expect(await page.getByTestId('sample-banner').textContent()).toMatch(/sample/i);
  });

  it('carries a Content-Security-Policy that allows only its own origin', async () => {
    const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self' blob: data:");
  });

  const cases = ['gbk_chinese_headers.csv', 'utf16le_bom_tab.txt', 'semicolon_decimal_comma.csv', 'windows1252_semicolon.csv', 'formula_injection.csv'];
  for (const name of cases) {
    it(`imports ${name} dropped on the page, through the mapping panel`, async () => {
      const exp = expected(name);
      await dropFile(page, name);
      await page.getByTestId('mapping-panel').waitFor();
      await page.getByTestId('confirm-import').click();
      await page.locator('[data-testid=import-report] h2', { hasText: name }).waitFor();
      await expect.poll(() => field(page, 'rows_imported')).toBe(String(exp.rows_imported));
      expect(num(await field(page, 'customers'))).toBe(exp.customers);
      expect(num(await field(page, 'total_amount'))).toBeCloseTo(exp.total_amount as number, 2);
      await expect(page.getByTestId('sample-banner').count()).resolves.toBe(0);
    });
  }

  it('shows Chinese text from a GBK file without mojibake in the mapping preview', async () => {
    await dropFile(page, 'gbk_chinese_headers.csv');
    const panel = page.getByTestId('mapping-panel');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('客户编号');
    expect(text).toContain('咖啡豆');
    expect(text).not.toContain('\uFFFD');
    await panel.getByRole('button', { name: /cancel|取消/i }).click();
  });

  it('reports the bad lines of ragged_rows.csv by number', async () => {
    await dropFile(page, 'ragged_rows.csv');
    await page.getByTestId('confirm-import').click();
    await page.locator('[data-testid=import-report] h2', { hasText: 'ragged_rows.csv' }).waitFor();
    const lines = await page.locator('[data-testid=import-report] tbody td.num').allTextContents();
    const named = new Set(lines.map(Number));
    for (const line of expected('ragged_rows.csv').must_report_lines as number[]) expect(named.has(line)).toBe(true);
  });

  it('shows HTML found in cells as text and never runs it', async () => {
    await page.evaluate(() => ((window as unknown as { xss: number }).xss = 0));
    await page.getByTestId('file-input').setInputFiles(new URL('html_in_cells.csv', BAD).pathname);
    const panel = page.getByTestId('mapping-panel');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<script>alert("xss")</script>');
    expect(await panel.locator('img, script, svg, b').count()).toBe(0);
    await page.getByTestId('confirm-import').click();
    await page.locator('[data-testid=import-report] h2', { hasText: 'html_in_cells.csv' }).waitFor();
    expect(await field(page, 'rows_imported')).toBe(String(expected('html_in_cells.csv').rows_imported));
  });

  it('refuses a PNG renamed to .csv with a message that names it', async () => {
    await page.getByTestId('file-input').setInputFiles(new URL('png_renamed.csv', BAD).pathname);
    const panel = page.getByTestId('mapping-panel');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('PNG');
    expect(await page.getByTestId('confirm-import').isDisabled()).toBe(true);
    await panel.getByRole('button', { name: /cancel|取消/i }).click();
  });

  it('made no request to any origin but its own', () => {
    expect(harness.foreign).toEqual([]);
  });
});

describe('keeping the data on the device', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('restores an imported file after a reload, and forgets it on request', async () => {
    const context = await harness.browser.newContext();
    const page = await harness.newPage(context);
    await page.goto(harness.url);
    await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    await dropFile(page, 'utf8_bom.csv');
    await page.getByTestId('confirm-import').click();
    await page.locator('[data-testid=import-report] h2', { hasText: 'utf8_bom.csv' }).waitFor();
    await page.getByTestId('chart-pyramid').waitFor();
    await page.locator('[data-kept=saved]').waitFor();
    await page.reload();
    await page.locator('[data-testid=import-report] h2', { hasText: 'utf8_bom.csv' }).waitFor({ timeout: 120_000 });
    expect(await field(page, 'rows_imported')).toBe('10');
    expect(await page.getByTestId('sample-banner').count()).toBe(0);
    const n = await page.evaluate(async () => {
      const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
      return (await engine.query("SELECT count(*)::INTEGER AS n FROM transactions WHERE region = 'Łódź'")).toArray()[0].n as number;
    });
    expect(n).toBe(1);
    // Its order ids are all different: the restored table carries the import's mark again.
    const comment = await page.evaluate(async () => {
      const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
      return (await engine.query("SELECT comment FROM duckdb_tables() WHERE table_name = 'transactions'")).toArray()[0].comment as string;
    });
    expect(comment).toBe('segbook: every line is an order of its own');
    await page.getByRole('button', { name: /forget this data/i }).click();
    await page.getByTestId('sample-banner').waitFor({ timeout: 60_000 });
    await page.locator('[data-kept=saved]').waitFor();
    await page.reload();
    await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    expect(harness.foreign).toEqual([]);
    await context.close();
  });
});
