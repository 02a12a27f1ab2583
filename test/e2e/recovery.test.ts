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

  it('replaces the worker after an out-of-memory error and restores the data from the device', async () => {
    const before = await count(page);
    const failure = await page.evaluate(async () => {
      const { engine } = (window as unknown as Segbook).segbook;
      try {
        // A low limit makes DuckDB run out of memory in a second instead of after filling 3.1 GiB.
        await engine.exec("SET memory_limit = '64MB'");
        await engine.query('SELECT list(range) AS l FROM range(100000000)');
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(failure).toMatch(/out of memory/i);
    await page.getByTestId('engine-notice').waitFor({ timeout: 120_000 });
    // The old engine's handle is replaced once the new worker has started and the data is back.
    await page.waitForFunction(() => (window as unknown as { segbook: { engine: { info: unknown } } }).segbook.engine.info !== undefined);
    await page.locator('[data-kept=saved]').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('engine-notice').textContent()).toMatch(/restarted/);
    await page.locator('[data-testid=chart-pyramid] svg').waitFor({ timeout: 120_000 });
    await expect.poll(() => count(page), { timeout: 60_000 }).toBe(before);
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
});
