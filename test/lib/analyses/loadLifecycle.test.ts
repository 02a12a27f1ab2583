import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { loadLifecycle, loadMigration } from '../../../src/lib/analyses/loadLifecycle';
import { expectClose } from '../../helpers/expectClose';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('loadLifecycle, loadMigration', () => {
  it('loadLifecycle() and loadMigration() in customer slices give what one statement gives, customer_stage included', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    engine.prepareOverview();
    const sent: string[] = [];
    const client: AnalysisEngine = { query: async (sql) => (sent.push(sql), engine.query(sql)), analyze: async () => ({}), customerList: async () => engine.query('SELECT 1') };
    const stageRows = () => engine.query('SELECT customer_id, stage FROM customer_stage ORDER BY customer_id').toArray().map((r) => JSON.stringify(r));
    const whole = await loadLifecycle(client);
    const wholeStages = stageRows();
    expect(whole.reduce((a, s) => a + s.customers, 0)).toBe(5000);
    const sliced = await loadLifecycle(client, {}, { parts: 3, refDate: '2025-01-01' });
    expect(sent.filter((s) => s.startsWith('CREATE OR REPLACE TEMP VIEW __life_part'))).toHaveLength(3);
    expectClose(sliced, whole);
    expect(stageRows()).toEqual(wholeStages);
    const moves = await loadMigration(client, '2024-01-01', '2024-07-01');
    expect(moves.length).toBeGreaterThan(5);
    expectClose(await loadMigration(client, '2024-01-01', '2024-07-01', { parts: 3 }), moves);
    expect(engine.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__life%' OR table_name LIKE '__migration%'").getChild('n')?.get(0)).toBe(0);
  });

  it('loadLifecycle() started twice at once gives each call the single-load answer and keeps customer_stage whole', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'));
    engine.prepareOverview();
    // The worker runs statements as they arrive: an async query lets two loads interleave.
    const client: AnalysisEngine = { query: async (sql) => (await Promise.resolve(), engine.query(sql)), analyze: async () => ({}), customerList: async () => engine.query('SELECT 1') };
    const stageRows = () => engine.query('SELECT customer_id, stage FROM customer_stage ORDER BY customer_id').toArray().map((r) => JSON.stringify(r));
    const whole = await loadLifecycle(client);
    const wholeStages = stageRows();
    const given = { parts: 3, refDate: '2025-01-01' };
    const [a, b] = await Promise.all([loadLifecycle(client, {}, given), loadLifecycle(client, {}, given)]);
    expectClose(a, whole);
    expectClose(b, whole);
    expect(stageRows()).toEqual(wholeStages);
  });
});
