import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { loadContribution, loadPairs } from '../../../src/lib/analyses/loadBaskets';
import { expectClose } from '../../helpers/expectClose';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('loadPairs, loadContribution', () => {
  it('loadPairs() and loadContribution() in slices give what one statement gives and drop their parts tables', async () => {
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
    for (const dimension of ['region', 'category'] as const) {
      const one = await loadContribution(client, dimension);
      expect(one.length).toBeGreaterThan(3);
      expectClose(await loadContribution(client, dimension, { parts: 3 }), one);
    }
    expect(sent.filter((s) => s.includes('hash(order_id) % 3'))).toHaveLength(6);
    expect(engine.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = '__contribution_parts'").getChild('n')?.get(0)).toBe(0);
  });
});
