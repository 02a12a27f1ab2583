import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { queryRepeatStats } from '../../../src/lib/analyses/queryRepeatStats';
import { repeatStatsSql } from '../../../src/lib/sql/repeatStatsSql';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('queryRepeatStats', () => {
  it('queryRepeatStats() in 3 customer slices gives repeatStatsSql()\'s row and leaves no temp view or table', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    const refDate = loadGenerated(engine, 2000, 29);
    const client: AnalysisEngine = { query: async (sql) => engine.query(sql), analyze: async () => ({}), customerList: async () => engine.query('SELECT 1') };
    const rows = (t: Awaited<ReturnType<AnalysisEngine['query']>>) => t.toArray().map((r) => JSON.stringify(r));
    const old = rows(engine.query(repeatStatsSql()));
    expect(rows(await queryRepeatStats(client, { parts: 1, refDate }))).toEqual(old);
    expect(rows(await queryRepeatStats(client, { parts: 3, refDate }))).toEqual(old);
    expect(queryRows(engine.conn, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__repeat%'")[0]!.n).toBe(0);
    expect(queryRows(engine.conn, "SELECT count(*) AS n FROM duckdb_views() WHERE view_name LIKE '__repeat%'")[0]!.n).toBe(0);
  });
});
