import { describe, expect, it } from 'vitest';
import { cellWhereSql } from '../../../workers/overview/cellWhereSql';

const SEGMENTS = ['segment_rfm10', 'segment_cn8'];

describe('cellWhereSql()', () => {
  it('cellWhereSql() maps each cell source to its kind and key column', () => {
    expect(cellWhereSql({ source: 'pyramid', keys: ['重要客户', "it's"] }, SEGMENTS)).toEqual({
      agg: `kind = 'tier' AND key IN ('重要客户', 'it''s')`, ranked: `tier IN ('重要客户', 'it''s')`,
    });
    expect(cellWhereSql({ source: 'rfm', keys: ['5,1', '10,3'] }, SEGMENTS)?.ranked).toBe('((r = 5 AND f = 1) OR (r = 10 AND f = 3))');
    expect(cellWhereSql({ source: 'cohorts', keys: ['2024-01', '2023-12'] }, SEGMENTS)?.ranked).toBe(`date_trunc('month', first_date) IN (DATE '2024-01-01', DATE '2023-12-01')`);
    expect(cellWhereSql({ source: 'cohorts', keys: ['2024-01'] }, SEGMENTS)?.agg).toBe(`kind = 'cohort' AND key IN ('2024-01')`);
    expect(cellWhereSql({ source: 'segment', keys: ['A'] }, SEGMENTS)?.agg).toBe(`kind = 'segment_rfm10' AND key IN ('A')`);
    expect(cellWhereSql({ source: 'segment', column: 'segment_cn8', keys: ['A'] }, SEGMENTS)?.ranked).toBe(`segment_cn8 IN ('A')`);
  });

  it('cellWhereSql() selects nobody on customer_rfm for keys that are not an RF cell or a cohort, and never writes them into the SQL', () => {
    expect(cellWhereSql({ source: 'rfm', keys: ["5,1'; DROP TABLE t", '5'] }, SEGMENTS)?.ranked).toBe('false');
    expect(cellWhereSql({ source: 'rfm', keys: ['x', '2,2'] }, SEGMENTS)?.ranked).toBe('((r = 2 AND f = 2))');
    expect(cellWhereSql({ source: 'cohorts', keys: ['2024-13', '2024-1', "2024-01' OR true"] }, SEGMENTS)?.ranked).toBe('false');
  });

  it('cellWhereSql() is null for sources that are not cell keys and for unknown segment columns', () => {
    expect(cellWhereSql({ source: 'stage', keys: ['new'] }, SEGMENTS)).toBeNull();
    expect(cellWhereSql({ source: 'segment', column: 'segment_x', keys: ['A'] }, SEGMENTS)).toBeNull();
    expect(() => cellWhereSql({ source: 'pyramid', keys: [] }, SEGMENTS)).toThrow('invalid selection: no keys');
  });
});
