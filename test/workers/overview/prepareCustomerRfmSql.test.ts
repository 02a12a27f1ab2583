import { describe, expect, it } from 'vitest';
import { customerRfmDdl } from '../../../src/lib/sql/customerRfmDdl';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { prepareCustomerRfmSql } from '../../../workers/overview/prepareCustomerRfmSql';

// That the sliced statements build the same table is proven on DuckDB in prepareOverviewSql.test.ts.
describe('prepareCustomerRfmSql', () => {
  it('prepareCustomerRfmSql() without parts makes the table with its computed columns and fills it in one statement', () => {
    expect(prepareCustomerRfmSql({ bins: 4 })).toEqual([customerRfmDdl({ bins: 4 }), customerRfmDdl.insertSql(customerRfmSql({ bins: 4 }), { bins: 4 })]);
  });

  it('prepareCustomerRfmSql(opts, parts) builds the base in slices, the narrow tables once (the ranks one value range per part, the cuts one by one), then the rows one range of base rows at a time (twice as many ranges), and cleans up', () => {
    const sql = prepareCustomerRfmSql({ refDate: '2024-06-30', binning: 'rank' }, 2);
    const heads = sql.map((s) => s.split(/ AS |\s+SELECT|\n/)[0]);
    expect(heads).toEqual([
      'DROP TABLE IF EXISTS customer_rfm',
      'CREATE OR REPLACE TEMP VIEW __overview_part', 'CREATE OR REPLACE TABLE __overview_base', 'CHECKPOINT',
      'CREATE OR REPLACE TEMP VIEW __overview_part', 'INSERT INTO __overview_base', 'CHECKPOINT',
      'CREATE OR REPLACE TABLE __overview_ntile',
      'SET VARIABLE __ranged_cuts = (SELECT list_sort(approx_quantile(value, [0.5]::FLOAT[])) FROM (', 'CREATE OR REPLACE TABLE __overview_ranks',
      'SET VARIABLE __ranged_offset = (SELECT count(*) FROM (', 'INSERT INTO __overview_ranks',
      'RESET VARIABLE __ranged_cuts', 'RESET VARIABLE __ranged_offset',
      'CREATE OR REPLACE TABLE __overview_cuts_r', 'CREATE OR REPLACE TABLE __overview_cuts_f', 'CREATE OR REPLACE TABLE __overview_cuts_m',
      'CREATE OR REPLACE TABLE __overview_globals', 'CREATE OR REPLACE TEMP TABLE __customer_rfm_cuts', 'DROP TABLE __overview_cuts_r', 'DROP TABLE __overview_cuts_f', 'DROP TABLE __overview_cuts_m',
      'DROP VIEW __overview_part', 'CHECKPOINT',
      'SET VARIABLE __customer_rfm_slice_rows = (SELECT (count(*) + 4 - 1) // 4 FROM __overview_base)',
      'CREATE OR REPLACE TABLE customer_rfm (', 'INSERT INTO customer_rfm BY NAME', 'CHECKPOINT', 'INSERT INTO customer_rfm BY NAME', 'CHECKPOINT',
      'INSERT INTO customer_rfm BY NAME', 'CHECKPOINT', 'INSERT INTO customer_rfm BY NAME', 'CHECKPOINT',
      'RESET VARIABLE __customer_rfm_slice_rows',
      'DROP TABLE __overview_base', 'DROP TABLE __overview_ranks', 'DROP TABLE __overview_globals', 'DROP TABLE __overview_ntile', 'CHECKPOINT',
    ]);
    expect(sql[2]).toContain("DATE '2024-06-30'");
    expect(() => prepareCustomerRfmSql({}, 2)).toThrow('invalid parts: 2 (a refDate is needed to build in parts)');
  });
});
