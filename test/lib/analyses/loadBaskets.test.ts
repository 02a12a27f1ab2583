import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { loadPairs } from '../../../src/lib/analyses/loadBaskets';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('loadPairs', () => {
  it('loadPairs() in basket slices gives the pairs of one statement and drops its parts table', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    const sent: string[] = [];
    const client: AnalysisEngine = { query: async (sql) => (sent.push(sql), engine.query(sql)), analyze: async () => ({}), customerList: async () => engine.query('SELECT 1') };
    const opts = { level: 'product', minSupport: 0.001 } as const;
    const whole = await loadPairs(client, opts);
    expect(whole.pairs[0]).toMatchObject({ a: 'Hiking Backpack', b: 'Tent' });
    const sliced = await loadPairs(client, opts, { parts: 3 });
    expect(sent.filter((s) => s.includes('hash(coalesce(order_id, customer_id)) % 3'))).toHaveLength(3);
    expect(sliced).toEqual(whole);
    expect(engine.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = '__basket_parts'").getChild('n')?.get(0)).toBe(0);
  });
});
