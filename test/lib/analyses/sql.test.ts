import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../workers/engine';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { readColumns } from '../../../workers/analyses/readColumns';
import { pAliveSampleSql } from '../../../src/lib/analyses/sql';
import { clvSummary } from '../../../src/lib/sql/clvSummary';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('pAliveSampleSql', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    engine.prepareOverview();
    engine.analyze({ analyses: ['clv'] });
  });

  const rows = (sql: string) => {
    const c = readColumns(engine.query(sql), ['recency', 'frequency', 'p_alive']);
    return c.recency.map((r, i) => [Number(r), Number(c.frequency[i]), Number(c.p_alive[i])]);
  };

  it('pAliveSampleSql() summarises only the sampled customers\' orders', () => {
    const sql = pAliveSampleSql({ calibrationEnd: '2024-12-31', unit: 'week', limit: 50 });
    expect(sql).toContain('LIMIT 50');
    expect(sql).toContain('FROM sampled');
    expect(sql).toMatch(/sampled AS \(SELECT \* FROM transactions WHERE customer_id IN \(SELECT customer_id FROM v\)\)/);
  });

  it('pAliveSampleSql() gives the sample the summary of every customer gives, in the same order', () => {
    // The query as it was before the sample came first: every customer summarised, then sampled.
    const whole = (limit: number) => `WITH s AS (
${clvSummary({ calibrationEnd: '2024-12-31', unit: 'week' })}
)
SELECT s.t_x AS recency, s.x AS frequency, v.p_alive
FROM s JOIN customer_clv AS v USING (customer_id)
WHERE v.p_alive IS NOT NULL
ORDER BY hash(customer_id), customer_id
LIMIT ${limit}`;
    for (const limit of [1, 700, 100_000]) {
      const got = rows(pAliveSampleSql({ calibrationEnd: '2024-12-31', unit: 'week', limit }));
      expect(got.length).toBe(Math.min(limit, 5000));
      expect(got).toEqual(rows(whole(limit)));
    }
    // Frequencies vary across the sample, so the comparison is of real summaries.
    expect(new Set(rows(pAliveSampleSql({ calibrationEnd: '2024-12-31', unit: 'week', limit: 700 })).map((r) => r[1])).size).toBeGreaterThan(3);
  });
});
