import { describe, expect, it } from 'vitest';
import { pyramidValueSql } from '../../../src/lib/sql/pyramidValueSql';

describe('pyramidValueSql', () => {
  it('pyramidValueSql() reads revenue or margin from s, and a table value through a LEFT JOIN with 0 for the missing', () => {
    expect(pyramidValueSql(undefined)).toEqual({ value: 's.revenue', join: '' });
    expect(pyramidValueSql('margin')).toEqual({ value: 's.margin', join: '' });
    expect(pyramidValueSql({ table: 'clv pred', column: 'clv', id: 'cid' })).toEqual({
      value: 'coalesce(fv.clv, 0)',
      join: '\n  LEFT JOIN "clv pred" AS fv ON fv.cid::VARCHAR = s.customer_id',
    });
  });

  it('pyramidValueSql() names a bad value', () => {
    // SAFETY: a value from an old share link or notebook file may be anything.
    expect(() => pyramidValueSql('profit' as 'margin')).toThrow('invalid value: "profit" (expected revenue, margin or {table, column})');
  });
});
