import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { clvSummary } from '../../../src/lib/sql/clvSummary';
import { clvSummaryTable } from '../../../workers/analyses/clvSummaryTable';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';

const SAMPLE = new URL('../../../../shared/data/golden/cdnow_sample.csv', import.meta.url);
const OPTS = { calibrationEnd: '1997-09-30', unit: 'week' as const };

describe('clvSummaryTable()', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    await engine.importFile(new File([readFileSync(SAMPLE)], 'cdnow_sample.csv'));
  });
  const rows = (sql: string) => engine.query(sql).toArray().map((r) => JSON.stringify(r.toJSON()));

  it('clvSummaryTable() in customer slices holds the same rows as clvSummary in one statement', () => {
    clvSummaryTable(engine, 'one', OPTS, 1);
    clvSummaryTable(engine, 'sliced', OPTS, 3);
    const all = rows(`SELECT * FROM (${clvSummary(OPTS)}) ORDER BY customer_id`);
    expect(all.length).toBe(2357);
    expect(rows('SELECT * FROM one ORDER BY customer_id')).toEqual(all);
    expect(rows('SELECT * FROM sliced ORDER BY customer_id')).toEqual(all);
    // Slices are really taken: the stored order is by slice, not by customer_id.
    expect(rows('SELECT * FROM sliced')).not.toEqual(all);
    expect(rows("SELECT * FROM duckdb_views() WHERE view_name = '__clv_slice'")).toEqual([]);
  });
});
