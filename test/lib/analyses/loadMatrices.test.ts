import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { loadMatrices } from '../../../src/lib/analyses/loadMatrices';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('loadMatrices()', () => {
  let engine: Engine;
  let client: AnalysisEngine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    engine.exec(`ALTER TABLE transactions ADD COLUMN satisfaction VARCHAR;
      UPDATE transactions SET satisfaction = (hash(customer_id) % 10)::VARCHAR`);
    engine.prepareOverview();
    client = {
      query: async (sql) => engine.query(sql),
      analyze: async (req) => engine.analyze(req),
      customerList: async () => { throw new Error('not used'); },
    };
  });

  it('loadMatrices() keeps each customer\'s quadrants, and a quadrant selects as many customers as it shows', async () => {
    const m = await loadMatrices(client, { clv: false, attitudeColumn: 'satisfaction' });
    for (const [matrix, cells] of [['value', m.value.cells], ['loyalty', m.loyalty!.cells]] as const) {
      expect(cells.filter((c) => c.customers > 0).length).toBeGreaterThanOrEqual(3);
      for (const c of cells) {
        const o = engine.overview({ source: 'matrix', column: matrix, keys: [c.cell] });
        expect(o.customers, `${matrix} ${c.cell}`).toBe(c.customers);
        expect(o.tiers.reduce((s, t) => s + t.customers, 0)).toBe(c.customers);
      }
    }
    // Two quadrants together: the sum of both.
    const ab = engine.overview({ source: 'matrix', column: 'value', keys: ['A', 'B'] });
    expect(ab.customers).toBe(m.value.cells[0]!.customers + m.value.cells[1]!.customers);
  });
});
