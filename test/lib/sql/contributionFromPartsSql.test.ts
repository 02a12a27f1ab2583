import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { contributionFromPartsSql } from '../../../src/lib/sql/contributionFromPartsSql';
import { contributionPartSql } from '../../../src/lib/sql/contributionPartSql';
import { contributionSql } from '../../../src/lib/sql/contributionSql';
import { expectClose } from '../../helpers/expectClose';
import { queryRows } from '../../helpers/loadTransactions';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('contributionFromPartsSql', () => {
  it('contributionFromPartsSql() reads the three kinds of part rows', () => {
    const sql = contributionFromPartsSql('parts_t');
    expect(sql).toContain("HAVING (SELECT sum(keyed) FROM parts_t WHERE kind = 't') > 0");
    expect(sql).toContain("FROM parts_t WHERE kind <> 't' GROUP BY key");
    expect(sql).toMatch(/ORDER BY g\.key IS NULL, g\.revenue DESC, g\.key$/);
  });

  it('contributionFromPartsSql() over 1, 2 or 4 customer and order slices gives contributionSql()\'s rows and types', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    // Order-less lines, lines without a region, and a column no line fills (no rows at all).
    engine.exec(`UPDATE transactions SET order_id = NULL WHERE hash(customer_id) % 10 = 0;
      UPDATE transactions SET region = NULL WHERE hash(line) % 17 = 0;
      UPDATE transactions SET channel = NULL`);
    const types = (sql: string) => queryRows(engine.conn, `DESCRIBE ${sql}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
    for (const dimension of ['region', 'product', 'channel'] as const) {
      const old = queryRows(engine.conn, contributionSql({ dimension }));
      if (dimension === 'channel') expect(old).toEqual([]);
      else expect(old.length, dimension).toBeGreaterThan(3);
      if (dimension === 'region') expect(old.at(-1)!.key).toBeNull();
      for (const parts of [1, 2, 4]) {
        engine.exec('DROP TABLE IF EXISTS parts_t');
        for (const by of ['customer', 'order'] as const) {
          for (let k = 0; k < parts; k++) {
            const part = contributionPartSql({ dimension, by, k, of: parts });
            engine.exec(`${by === 'customer' && k === 0 ? 'CREATE TABLE parts_t AS' : 'INSERT INTO parts_t'} ${part}`);
          }
        }
        expectClose(queryRows(engine.conn, contributionFromPartsSql('parts_t')), old, 1e-9, `${dimension} in ${parts}`);
        expect(types(contributionFromPartsSql('parts_t'))).toEqual(types(contributionSql({ dimension })));
      }
    }
  });
});
