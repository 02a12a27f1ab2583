import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { NativeDuckDB } from '../../workers/db/native/NativeDuckDB';
import { engineRows, startHarness, type Harness } from './harness';

const SHOP = fileURLToPath(new URL('../../public/samples/shop.csv', import.meta.url));

describe('the notebook as a SQL script', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openOnSample();
    await page.locator('[data-testid=notebook][data-ready=true]').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=notebook][data-running=false]').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('downloads a .sql script with the header and every cell\'s view, which DuckDB runs to the page\'s results', async () => {
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByTestId('notebook-export-sql').click()])) as [Download, void];
    expect(download.suggestedFilename()).toBe('Customer segmentation overview.sql');
    const script = readFileSync((await download.path())!, 'utf8');
    expect(script.startsWith('-- Segbook notebook: Customer segmentation overview\n-- Exported ')).toBe(true);
    expect(script).toContain("-- >>> EDIT HERE: the path of shop.csv on your machine <<<\nSET VARIABLE transactions_file = 'shop.csv';");
    const names = await page.locator('[data-testid=cell]:is([data-cell-kind=sql], [data-cell-kind=analysis])').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name')!));
    expect(names).toEqual(expect.arrayContaining(['rfm', 'pyramid', 'cohorts', 'monthly_revenue', 'top_customers_share']));
    for (const name of names) expect(script).toContain(`CREATE OR REPLACE VIEW "${name}" AS `);

    // Run it as a user would, on native DuckDB, with the data file's path edited.
    const dir = mkdtempSync(join(tmpdir(), 'segbook-e2e-sql-'));
    const db = await NativeDuckDB.open({ threads: 1, tempDirectory: join(dir, 'spill'), filesDirectory: dir });
    try {
      db.exec(script.replace("SET VARIABLE transactions_file = 'shop.csv';", `SET VARIABLE transactions_file = '${SHOP}';`));
      const share = db.query('SELECT * FROM top_customers_share').toArray()[0]!.toJSON();
      expect(share).toEqual((await engineRows(page, 'SELECT * FROM top_customers_share'))[0]);
      const tiers = db.query('SELECT tier, customers FROM pyramid ORDER BY 1').toArray().map((r) => r.toJSON());
      expect(tiers).toEqual(await engineRows(page, 'SELECT tier, customers FROM pyramid ORDER BY 1'));
      expect(tiers).toHaveLength(4);
    } finally {
      await db.close();
    }
  });
});
