import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../workers/db/node-duckdb';
import { Engine } from '../../workers/engine';
import { generatedTransactionsSql } from '../helpers/generatedTransactions';

/** Whether the selection cells (temporary tables, which tables() leaves out) exist. */
function hasCells(engine: Engine): boolean {
  return Number(engine.query(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'overview_sel_agg'`).getChild('n')?.get(0)) === 1;
}

describe('Engine.prepareSelections', () => {
  it('prepareSelections() builds the selection cells after prepareOverview, which no longer waits for them; a selection builds them when asked first', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    engine.exec(generatedTransactionsSql(500));
    engine.prepareOverview();
    expect(hasCells(engine)).toBe(false);
    // The overview of everyone needs no cells.
    const all = engine.overview(null);
    expect(hasCells(engine)).toBe(false);
    // A first click before the page asked for them: built then, same answer as the customer rows.
    const tier = all.tiers.find((t) => t.customers > 0)!;
    const sel = engine.overview({ source: 'pyramid', keys: [tier.name] });
    expect(hasCells(engine)).toBe(true);
    expect(sel.customers).toBe(tier.customers);
    // New data drops them with the tables they describe; prepareSelections() builds them again.
    engine.prepareOverview();
    engine.prepareSelections();
    expect(engine.overview({ source: 'pyramid', keys: [tier.name] }).customers).toBe(tier.customers);
    engine.conn.close();
  });
});
