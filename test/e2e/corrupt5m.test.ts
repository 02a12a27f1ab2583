import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { badBigFile, corruptLines } from '../helpers/badBigFile';
import { corruptLinesMismatch, type ReportedLines } from '../helpers/corruptLinesMismatch';

/** The downloaded report CSV's line table, sorted by where each line went. */
function reportedLines(csv: string): ReportedLines {
  const got: ReportedLines = { rejected: [], excluded: [], badBytes: [], strayQuote: [] };
  const rows = csv.split('\r\n');
  for (const row of rows.slice(rows.indexOf('line,status,reason') + 1)) {
    const m = /^(\d+),(\w+),(.*)$/.exec(row);
    if (!m) continue;
    const line = Number(m[1]);
    if (m[2] === 'rejected') got.rejected.push({ line, reason: m[3] });
    else if (m[2] === 'excluded') got.excluded.push({ line, reason: m[3] });
    else if (m[2] === 'flagged' && m[3].includes('quote')) got.strayQuote.push(line);
    else if (m[2] === 'flagged') got.badBytes.push(line);
  }
  return got;
}

describe('corrupt_5m.csv in the browser', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('imports the 5M-row file from the file input and its report names every corrupt line, and only those', async () => {
    const { path, meta } = badBigFile('corrupt');
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('confirm-import').click();
    const report = page.getByTestId('import-report');
    await report.locator('h2', { hasText: 'corrupt_5m.csv' }).waitFor({ timeout: 1_200_000 });
    const field = async (name: string) => Number(((await report.locator(`[data-field=${name}]`).textContent()) ?? '').replace(/[^\d]/g, ''));
    expect(await field('rows_read')).toBe(meta.rows);

    const [download] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Download the full report' }).click()]);
    const got = reportedLines(readFileSync((await download.path())!, 'utf8'));
    expect(corruptLinesMismatch(corruptLines(), got)).toEqual([]);
    const kept = got.badBytes.length + got.strayQuote.length;
    expect(await field('rows_imported')).toBe(Number(meta.good_rows) + kept);
    expect(await field('rows_rejected')).toBe(got.rejected.length);
    expect(harness.foreign).toEqual([]);
  }, 1_800_000);

  it('reads the file again when the engine restarts, since 5M rows are too large to keep on the device', async () => {
    const count = () =>
      page.evaluate(async () => {
        const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
        return (await engine.query('SELECT count(*)::INTEGER AS n FROM transactions')).toArray()[0].n as number;
      });
    await page.locator('[data-kept=tooLarge]').waitFor({ timeout: 120_000 });
    const before = await count();
    expect(before).toBeGreaterThan(3_000_000);
    await page.evaluate(async () => {
      await (window as unknown as { segbook: { restartEngine(r: string): Promise<void> } }).segbook.restartEngine('memory');
    });
    const notice = (await page.getByTestId('engine-notice').textContent()) ?? '';
    expect(notice).toMatch(/ran out of memory.*restarted and your data was read again from your file corrupt_5m\.csv/);
    expect(await count()).toBe(before);
    await page.getByTestId('import-report').locator('h2', { hasText: 'corrupt_5m.csv' }).waitFor();
    expect(await page.locator('[data-kept=tooLarge]').count()).toBe(1);
    expect(harness.foreign).toEqual([]);
  }, 1_800_000);

  it('keeps the engine and the 5M rows when a query runs out of memory: reading the file again would take minutes', async () => {
    await page.getByTestId('engine-notice').getByRole('button').click();
    const before = await page.evaluate(async () => {
      const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
      (window as unknown as { engineBefore: unknown }).engineBefore = engine;
      return (await engine.query('SELECT count(*)::INTEGER AS n FROM transactions')).toArray()[0].n as number;
    });
    // 4,000 strings of 1 MB in one list: more than DuckDB's 3.1 GiB in a tab.
    const error = await page.evaluate(async () => {
      const { engine } = (window as unknown as { segbook: { engine: import('../../src/lib/db/client').EngineClient } }).segbook;
      return engine.query("SELECT list(repeat('x', 1000000)) AS l FROM range(4000)").then(() => 'no error', (e: Error) => e.message);
    });
    expect(error).toMatch(/Out of Memory Error/);
    const notice = (await page.getByTestId('engine-notice').textContent()) ?? '';
    expect(notice).toMatch(/A query ran out of memory .*3\.1 GB.*was stopped; the engine kept your data/);
    const after = await page.evaluate(async () => {
      const w = window as unknown as { engineBefore: unknown; segbook: { engine: import('../../src/lib/db/client').EngineClient } };
      const n = (await w.segbook.engine.query('SELECT count(*)::INTEGER AS n FROM transactions')).toArray()[0].n as number;
      return { same: w.segbook.engine === w.engineBefore, n };
    });
    expect(after).toEqual({ same: true, n: before });
    expect(harness.foreign).toEqual([]);
  }, 600_000);

  it('does not read the file a third time when the engine fails again before the page was idle on it: the sample comes back', async () => {
    await page.getByTestId('engine-notice').getByRole('button').click();
    // The file was read again in the test before last: once the page has been idle on it (5 s
    // with no engine call), a new failure may read it again.
    const busy = () => page.evaluate(() => (window as unknown as { segbook: { session: { busy: number } } }).segbook.session.busy);
    await expect.poll(busy, { timeout: 120_000 }).toBe(0);
    await page.waitForTimeout(8_000);
    expect(await busy()).toBe(0);
    // A failure, the file read again, and at once a second failure (what the page's own
    // follow-up work failing on this data again would do): no loop of reads.
    await page.evaluate(async () => {
      const { restartEngine } = (window as unknown as { segbook: { restartEngine(r: string): Promise<void> } }).segbook;
      await restartEngine('crashed');
      await restartEngine('crashed');
    });
    const notice = (await page.getByTestId('engine-notice').textContent()) ?? '';
    expect(notice).toMatch(/your file corrupt_5m\.csv, read again after the last restart, failed again .*the sample is shown/);
    await page.getByTestId('sample-banner').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-report').locator('h2').textContent()).not.toMatch(/corrupt_5m/);
    expect(harness.foreign).toEqual([]);
  }, 1_800_000);
});
