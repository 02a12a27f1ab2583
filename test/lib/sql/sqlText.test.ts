import { describe, expect, it } from 'vitest';
import { basketPairsSql } from '../../../src/lib/sql/basketPairsSql';
import { cohortCurveSql } from '../../../src/lib/sql/cohortCurveSql';
import { cohortsSql } from '../../../src/lib/sql/cohortsSql';
import { contributionSql } from '../../../src/lib/sql/contributionSql';
import { customerTableSql } from '../../../src/lib/sql/customerTableSql';
import { layerCakeSql } from '../../../src/lib/sql/layerCakeSql';
import { lifecycleMigrationSql } from '../../../src/lib/sql/lifecycleMigrationSql';
import { quantileCutsSql } from '../../../src/lib/sql/quantileCutsSql';
import { quantileScoreSql } from '../../../src/lib/sql/quantileScoreSql';
import { refDateSql } from '../../../src/lib/sql/refDateSql';
import { repeatStatsSql } from '../../../src/lib/sql/repeatStatsSql';
import { basketPairsFromPartsSql } from '../../../src/lib/sql/basketPairsFromPartsSql';
import { basketPartSql } from '../../../src/lib/sql/basketPartSql';
import { cohortsTabSql } from '../../../src/lib/sql/cohortsTabSql';
import { contributionFromPartsSql } from '../../../src/lib/sql/contributionFromPartsSql';
import { contributionPartSql } from '../../../src/lib/sql/contributionPartSql';
import { sqlDate } from '../../../src/lib/sql/sqlDate';
import { sqlIdent } from '../../../src/lib/sql/sqlIdent';
import { sqlNumber } from '../../../src/lib/sql/sqlNumber';
import { sqlString } from '../../../src/lib/sql/sqlString';
import { valueMatrixSql } from '../../../src/lib/sql/valueMatrixSql';
import { withCteSql } from '../../../src/lib/sql/withCteSql';

describe('SQL text', () => {
  it('sqlIdent() leaves plain names bare and quotes the rest', () => {
    expect(sqlIdent('transactions')).toBe('transactions');
    expect(sqlIdent('order')).toBe('"order"');
    expect(sqlIdent('满意度')).toBe('"满意度"');
    expect(sqlIdent('a"b')).toBe('"a""b"');
    expect(() => sqlIdent('')).toThrow('invalid name');
  });

  it('sqlString(), sqlDate() and sqlNumber() quote and validate literals', () => {
    expect(sqlString("it's")).toBe("'it''s'");
    expect(sqlDate('2024-02-29')).toBe("DATE '2024-02-29'");
    expect(() => sqlDate('2023-02-29', 'refDate')).toThrow('invalid refDate: "2023-02-29" (expected YYYY-MM-DD)');
    expect(() => sqlDate('1/2/2024')).toThrow('invalid date');
    expect(sqlNumber(0.001, 'x', 0, 1)).toBe('0.001');
    expect(() => sqlNumber(Number.NaN, 'minSupport', 0, 1)).toThrow('invalid minSupport: NaN (expected 0..1)');
  });

  it('refDateSql() is the day after the last order unless given', () => {
    expect(refDateSql()).toBe('(SELECT max(order_date) + 1 FROM transactions)');
    expect(refDateSql({ table: 'tx', refDate: '2024-07-01' })).toBe("DATE '2024-07-01'");
  });

  it('quantileCutsSql() and quantileScoreSql() write the k/B cut rule out in full', () => {
    expect(quantileCutsSql('m', 4)).toBe('quantile_cont(m::DOUBLE, [1/4, 2/4, 3/4])');
    expect(quantileScoreSql('x', 'c', 3)).toBe('1 + (x > c[1])::INTEGER + (x > c[2])::INTEGER');
    expect(quantileScoreSql('x', 'c', 3, true)).toBe('4 - (1 + (x > c[1])::INTEGER + (x > c[2])::INTEGER)');
  });

  it('withCteSql() merges into a query that already has a WITH list', () => {
    expect(withCteSql({ p: 'SELECT 1 AS x' }, 'WITH q AS (SELECT 2) SELECT * FROM p, q')).toBe(
      'WITH p AS (\nSELECT 1 AS x\n),\nq AS (SELECT 2) SELECT * FROM p, q',
    );
    expect(withCteSql({ p: 'SELECT 1' }, 'SELECT * FROM p')).toBe('WITH p AS (\nSELECT 1\n)\nSELECT * FROM p');
    expect(() => withCteSql({ 'bad name': 'SELECT 1' }, 'SELECT 1')).toThrow('invalid CTE name');
  });

  it('no builder uses the clock, time zones, JSON or other extension functions', () => {
    const all = [
      customerTableSql(), cohortsSql({ period: 'week' }), cohortCurveSql({ period: 'quarter' }), layerCakeSql(),
      repeatStatsSql(), lifecycleMigrationSql({ before: '2024-01-01', after: '2024-06-01' }), valueMatrixSql(),
      basketPairsSql(), contributionSql({ dimension: 'channel' }),
      ...Object.values(cohortsTabSql('week', { parts: 3, refDate: '2025-01-01' })).flat(), basketPartSql({ k: 0, of: 2 }),
      basketPairsFromPartsSql('p'), contributionPartSql({ dimension: 'region', by: 'customer', k: 0, of: 2 }), contributionFromPartsSql('p'),
    ];
    for (const sql of all) expect(sql).not.toMatch(/current_date|current_timestamp|now\(|today\(|->>|json|time ?zone|timestamptz|strptime/i);
  });
});
