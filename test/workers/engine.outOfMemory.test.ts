import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../workers/db/node-duckdb';
import { Engine } from '../../workers/engine';
import { generatedTransactionsSql } from '../helpers/generatedTransactions';

const count = (engine: Engine, sql: string) => Number(engine.query(`SELECT count(*) AS n FROM (${sql})`).getChild('n')?.get(0));

/** Lower DuckDB's memory limit; the returned function puts the engine's own back. */
function lowerLimit(engine: Engine, limit: string): () => void {
  const before = String(engine.query("SELECT current_setting('memory_limit') AS l").getChild('l')?.get(0));
  engine.exec(`SET memory_limit = '${limit}'`);
  return () => engine.exec(`SET memory_limit = '${before}'`);
}

// A lowered memory_limit makes DuckDB's own "Out of Memory Error" (what 3.1 GiB of data gives in
// a tab) happen on small data, quickly.
describe('Engine when DuckDB runs out of memory', () => {
  it('a statement that runs out of memory fails with DuckDB\'s error and leaves the tables and the engine whole', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    engine.exec(generatedTransactionsSql(500));
    engine.prepareOverview();
    const rows = count(engine, 'FROM transactions');
    const customers = count(engine, 'FROM customer_rfm');
    const restore = lowerLimit(engine, '32MB');
    expect(() => engine.query("SELECT list(repeat('x', 100000)) AS l FROM range(4000)")).toThrow(/Out of Memory Error/);
    restore();
    expect(count(engine, 'FROM transactions')).toBe(rows);
    expect(count(engine, 'FROM customer_rfm')).toBe(customers);
    engine.prepareOverview();
    expect(count(engine, 'FROM customer_rfm')).toBe(customers);
    engine.conn.close();
  });

  it('prepareSelections() that runs out of memory leaves no half-built table, and selections read the customer rows instead', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    engine.exec(generatedTransactionsSql(500));
    engine.prepareOverview();
    const tier = engine.overview(null).tiers.find((t) => t.customers > 0)!;
    const tables = () => engine.query(`SELECT table_name AS t FROM duckdb_tables() WHERE table_name LIKE 'overview_%' ORDER BY 1`).getChild('t')?.toArray();
    // Just above what the tables hold: the cells' build needs more.
    const restore = lowerLimit(engine, `${Math.ceil(engine.memory().duckdbBytes / 1024) + 256}KB`);
    expect(() => engine.prepareSelections()).not.toThrow();
    restore();
    expect(tables()).toEqual([]);
    // Not tried again for this data: the click reads customer_rfm, with the same answer.
    expect(engine.overview({ source: 'pyramid', keys: [tier.name] }).customers).toBe(tier.customers);
    expect(tables()).toEqual([]);
    // New data tries again.
    engine.prepareOverview();
    engine.prepareSelections();
    expect(tables()).toEqual(['overview_sel_agg', 'overview_sel_ret', 'overview_totals']);
    expect(engine.overview({ source: 'pyramid', keys: [tier.name] }).customers).toBe(tier.customers);
    engine.conn.close();
  });
});
