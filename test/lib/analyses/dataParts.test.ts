import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { dataParts } from '../../../src/lib/analyses/dataParts';

describe('dataParts', () => {
  it('dataParts() gives 1 part up to 4M rows, one per 2M above, with the day after the last order; 1 part without dates', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    const client: AnalysisEngine = { query: async (sql) => engine.query(sql), analyze: async () => ({}), customerList: async () => engine.query('SELECT 1') };
    const fill = (n: number, dated: boolean) => engine.exec(`CREATE OR REPLACE TABLE transactions AS
SELECT 'C' || (range % 1000)::VARCHAR AS customer_id, ${dated ? "DATE '2024-01-01' + (range % 300)::INTEGER" : 'NULL::DATE'} AS order_date FROM range(${n})`);
    fill(4_000_000, true);
    expect(await dataParts(client)).toEqual({ parts: 1, refDate: '2024-10-27' });
    fill(4_000_001, true);
    expect(await dataParts(client)).toEqual({ parts: 3, refDate: '2024-10-27' });
    fill(4_000_001, false);
    expect(await dataParts(client)).toEqual({ parts: 1, refDate: null });
  });
});
