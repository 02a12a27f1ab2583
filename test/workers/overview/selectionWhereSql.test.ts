import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { num } from '../../../workers/analyses/num';
import type { Selection } from '../../../workers/overview/Selection';
import { selectionWhereSql } from '../../../workers/overview/selectionWhereSql';
import { generatedTransactionsSql } from '../../helpers/generatedTransactions';

describe('selectionWhereSql()', () => {
  let engine: Engine;
  const count = (sel: Selection) => num(engine.query(`SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE ${selectionWhereSql(sel)}`).getChild('n')?.get(0));
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    engine.exec(generatedTransactionsSql(1000));
    engine.prepareOverview();
  });

  it('selectionWhereSql() reads a matrix quadrant from customer_matrix', () => {
    expect(selectionWhereSql({ source: 'matrix', column: 'loyalty', keys: ['非忠诚'] }))
      .toBe(`customer_id IN (SELECT customer_id FROM customer_matrix WHERE matrix = 'loyalty' AND cell IN ('非忠诚'))`);
    engine.exec(`CREATE OR REPLACE TABLE customer_matrix AS SELECT customer_id, 'value' AS matrix, CASE WHEN frequency > 3 THEN 'A' ELSE 'D' END AS cell FROM customer_rfm`);
    const a = num(engine.query(`SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE frequency > 3`).getChild('n')?.get(0));
    expect(a).toBeGreaterThan(0);
    expect(count({ source: 'matrix', column: 'value', keys: ['A'] })).toBe(a);
    expect(count({ source: 'matrix', keys: ['A', 'D'] })).toBe(1000);
    expect(count({ source: 'matrix', column: 'loyalty', keys: ['A'] })).toBe(0);
    expect(() => selectionWhereSql({ source: 'matrix', column: 'x', keys: ['A'] })).toThrow('invalid selection matrix: x (expected value or loyalty)');
  });

  it('selectionWhereSql() selects a band of customers ranked by value, best first', () => {
    expect(selectionWhereSql({ source: 'rank', keys: ['0..0.2'] })).toContain('WHERE (value_rank > 0 * n AND value_rank <= 0.2 * n)');
    expect(count({ source: 'rank', keys: ['0..0.5'] })).toBe(500);
    expect(count({ source: 'rank', keys: ['0..0.2', '0.9..1'] })).toBe(300);
    // The top 20% by value are the customers with value_rank <= 200; 0.8..1 the last 200.
    const ranks = (key: string) => {
      const t = engine.query(`SELECT min(value_rank)::INTEGER AS l, max(value_rank)::INTEGER AS m FROM customer_rfm WHERE ${selectionWhereSql({ source: 'rank', keys: [key] })}`);
      return [t.getChild('l')?.get(0), t.getChild('m')?.get(0)];
    };
    expect(ranks('0..0.2')).toEqual([1, 200]);
    expect(ranks('0.8..1')).toEqual([801, 1000]);
    expect(() => selectionWhereSql({ source: 'rank', keys: ['0.5..0.2'] })).toThrow('invalid rank band: 0.5..0.2 (expected from..to with 0 <= from < to <= 1)');
    expect(() => selectionWhereSql({ source: 'rank', keys: ['0..1; DROP TABLE x'] })).toThrow('invalid rank band');
  });

  it('selectionWhereSql() keeps the cell sources as they were', () => {
    expect(selectionWhereSql({ source: 'rfm', keys: ['5,1'] })).toBe(`(r::VARCHAR || ',' || f::VARCHAR) IN ('5,1')`);
    expect(() => selectionWhereSql({ source: 'segment', column: 'x', keys: ['a'] })).toThrow('invalid selection column: x (expected segment_<map>)');
    expect(() => selectionWhereSql({ source: 'pyramid', keys: [] })).toThrow('invalid selection: no keys');
  });
});
