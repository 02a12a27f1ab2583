import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { basketPairsFromPartsSql } from '../../../src/lib/sql/basketPairsFromPartsSql';
import { basketPairsSql } from '../../../src/lib/sql/basketPairsSql';
import { basketPartSql } from '../../../src/lib/sql/basketPartSql';
import { queryRows } from '../../helpers/loadTransactions';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('basketPairsFromPartsSql', () => {
  it('basketPairsFromPartsSql() checks its options and reads the three kinds of part rows', () => {
    const sql = basketPairsFromPartsSql('parts_t', { minSupport: 0.01, limit: 5 });
    expect(sql).toContain('SELECT sum(cnt)::DOUBLE AS baskets FROM parts_t WHERE a IS NULL');
    expect(sql).toContain('WHERE p.cnt / n.baskets >= 0.01');
    expect(sql).toMatch(/LIMIT 5$/);
    expect(() => basketPairsFromPartsSql('p', { minSupport: 2 })).toThrow('invalid minSupport: 2 (expected 0..1)');
    expect(() => basketPairsFromPartsSql('p', { limit: 1.5 })).toThrow('invalid limit: 1.5 (expected an integer)');
  });

  it('basketPairsFromPartsSql() over 1, 2 or 5 basket slices gives basketPairsSql()\'s rows and types exactly', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    // A few order-less lines: their baskets are a customer's day.
    engine.exec("UPDATE transactions SET order_id = NULL WHERE hash(customer_id) % 10 = 0");
    const types = (sql: string) => queryRows(engine.conn, `DESCRIBE ${sql}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
    for (const [level, opts] of [['product', { minSupport: 0 }], ['category', { minSupport: 0.001, limit: 7 }]] as const) {
      const old = queryRows(engine.conn, basketPairsSql({ level, ...opts }));
      expect(old.length).toBeGreaterThan(level === 'product' ? 100 : 6);
      for (const parts of [1, 2, 5]) {
        for (let k = 0; k < parts; k++) engine.exec(`${k === 0 ? 'CREATE OR REPLACE TABLE parts_t AS' : 'INSERT INTO parts_t'} ${basketPartSql({ level, k, of: parts })}`);
        expect(queryRows(engine.conn, basketPairsFromPartsSql('parts_t', opts)), `${level} in ${parts}`).toEqual(old);
        expect(types(basketPairsFromPartsSql('parts_t', opts))).toEqual(types(basketPairsSql({ level, ...opts })));
      }
    }
  });
});
