import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { lifecycleMigrationSql } from '../../../src/lib/sql/lifecycleMigrationSql';
import { lifecycleSql } from '../../../src/lib/sql/lifecycleSql';
import { lifecycleStagesSql } from '../../../src/lib/sql/lifecycleStagesSql';
import { withCteSql } from '../../../src/lib/sql/withCteSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// Snapshot 2024-07-01: recent window = the 180 days from 2024-01-03, prior = the 180 before.
const ORDERS: Record<string, string[]> = {
  e1_single: ['2024-03-01'], // one order, 122 days ago -> exploration
  e2_new: ['2024-05-01', '2024-06-01'], // first order 61 days ago -> exploration
  f_growing: ['2023-10-01', '2024-02-01', '2024-04-01', '2024-06-15'], // recent 3 > prior 1
  s_steady: ['2023-08-01', '2023-11-01', '2024-02-01', '2024-05-01'], // 2 and 2
  d_falling: ['2023-08-01', '2023-09-01', '2023-10-01', '2024-06-01'], // prior 3 > 1.5 x recent 1
  d_quiet: ['2024-01-10', '2024-01-20', '2024-01-30', '2024-02-09'], // 143 days > 2 x 10-day interval
  l_single: ['2023-01-15'], // 533 days, one order: lost, not exploration
  l_multi: ['2022-09-27', '2022-12-26', '2023-03-26'], // 463 days > max(365, 3 x 90) -> lost
  slow_gap: ['2022-01-01', '2022-02-01', '2023-05-01'], // 427 days, mean interval 242.5
  slow: ['2022-01-01', '2022-10-01', '2023-06-01'], // no order in either window, interval 258 days
};
const ROWS = Object.entries(ORDERS).flatMap(([id, dates]) =>
  dates.map((d, i) => ({ customer_id: id, order_id: `${id}-${i}`, order_date: d, amount: 10 })),
);

describe('lifecycle', () => {
  let conn: Conn;
  const stages = (o: Parameters<typeof lifecycleSql>[0] = {}) =>
    Object.fromEntries(queryRows(conn, `SELECT customer_id, stage FROM (${lifecycleSql({ refDate: '2024-07-01', ...o })})`).map((r) => [r.customer_id, r.stage]));
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
    conn.query(`CREATE TABLE fit AS SELECT * FROM (VALUES ('s_steady', 0.05), ('f_growing', 0.5)) AS t(customer_id, p_alive)`);
  });

  it('lifecycleSql() applies the default rules, lost first, then exploration, decline, formation, stability', () => {
    expect(stages()).toEqual({
      e1_single: 'exploration', e2_new: 'exploration', f_growing: 'formation', s_steady: 'stability',
      d_falling: 'decline', d_quiet: 'decline', l_single: 'lost', l_multi: 'lost',
      // 427 days without an order is within 3 x a 242.5-day mean interval (not lost) and within
      // 2 x (not declining): a slow buyer on rhythm is stable, as is `slow`, with no order in
      // either 180-day window but only 396 of 2 x 258 days overdue.
      slow_gap: 'stability', slow: 'stability',
    });
  });

  it('lifecycleSql() takes every threshold as a parameter', () => {
    const s = stages({ lostIntervals: 1, explorationDays: 30, growthFactor: 5, lostDays: 400 });
    expect(s.slow_gap).toBe('lost'); // 427 > max(400, 1 x 242.5)
    expect(s.slow).toBe('stability'); // 396 <= 400
    expect(s.e2_new).toBe('formation'); // first order 61 days ago >= 30; recent 2 > 5 x prior 0
    expect(s.f_growing).toBe('stability'); // recent 3 > 5 x prior 1 fails
  });

  it('lifecycleSql() marks a customer lost when the fitted P(alive) is below 0.1', () => {
    const s = stages({ pAlive: { table: 'fit', column: 'p_alive' } });
    expect(s.s_steady).toBe('lost');
    expect(s.f_growing).toBe('formation');
    expect(s.e1_single).toBe('exploration');
  });

  it('lifecycleStagesSql() lists all five stages with counts and revenue', () => {
    const rows = queryRows(conn, withCteSql({ customer_lifecycle: lifecycleSql({ refDate: '2024-07-01' }) }, lifecycleStagesSql()));
    expect(rows.map((r) => [r.stage, r.customers, r.revenue])).toEqual([
      ['exploration', 2, 30], ['formation', 1, 40], ['stability', 3, 100], ['decline', 2, 80], ['lost', 2, 40],
    ]);
  });

  it('lifecycleMigrationSql() counts moves between two snapshots, new customers from none', () => {
    const rows = queryRows(conn, lifecycleMigrationSql({ before: '2024-01-01', after: '2024-07-01' }));
    const move = (from: string, to: string) => rows.find((r) => r.from_stage === from && r.to_stage === to)?.customers ?? 0;
    expect(move('none', 'exploration')).toBe(2); // e1_single and e2_new bought first in 2024
    expect(move('none', 'decline')).toBe(1); // d_quiet's first order was 2024-01-10
    expect(rows.reduce((a, r) => a + Number(r.customers), 0)).toBe(Object.keys(ORDERS).length);
    expect(() => lifecycleMigrationSql({ before: '2024-07-01', after: '2024-01-01' })).toThrow('invalid before: 2024-07-01');
  });

  it('lifecycleSql() refuses a negative threshold', () => {
    expect(() => lifecycleSql({ windowDays: -1 })).toThrow('invalid windowDays: -1 (expected 0..1000000)');
  });
});
