import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../workers/db/node-duckdb';
import { Engine } from '../../workers/engine';
import { linesAreOrdersSql } from '../../workers/import/linesAreOrdersSql';

const CSV = `order_id,customer_id,order_date,amount
O1,C1,2024-01-05,10
O1,C1,2024-01-05,4
O2,C1,2024-02-05,6
O3,C2,2024-03-05,8
`;

describe('Engine.prepareOverview', () => {
  it('prepareOverview() groups lines into orders, unless the import marked every line an order', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    const frequency = () => engine.query("SELECT frequency AS f, revenue AS r FROM customer_rfm WHERE customer_id = 'C1'").toArray()[0].toJSON();
    await engine.importFile(new File([CSV], 'lines.csv'));
    engine.prepareOverview();
    expect(frequency()).toEqual({ f: 2, r: 20 });
    // One line per order: marked by the import, and the lines are read as orders.
    await engine.importFile(new File([CSV.replace('O1,C1,2024-01-05,4', 'O4,C1,2024-01-05,4')], 'orders.csv'));
    engine.prepareOverview();
    expect(frequency()).toEqual({ f: 3, r: 20 });
    // The engine follows the mark (here put on a table whose O1 has two lines, which no import does):
    // the lines count as orders.
    await engine.importFile(new File([CSV], 'lines.csv'));
    engine.exec(linesAreOrdersSql('transactions'));
    engine.prepareOverview();
    expect(frequency()).toEqual({ f: 3, r: 20 });
    engine.conn.close();
  });
});
