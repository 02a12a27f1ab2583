import type { CustomerRfmOptions } from './CustomerRfmOptions';
import { cnTierSet } from './cnTierSet';
import { enumSql } from './enumSql';
import { rfmDerivedSql } from './rfmDerivedSql';
import { segmentCaseSql } from './segmentCaseSql';
import { segmentMapsOf } from './segmentMapsOf';
import { sqlIdent } from './sqlIdent';
import { tierNames } from './tierNames';

/**
 * The columns customer_rfm may compute when read instead of storing (customerRfmDdl.computed);
 * a statement that must not read a computed column (ALTER ... USING) checks against these.
 */
const COMPUTABLE = ['recency_days', 'monetary', 'rfm_cell', 'm_nonpositive', 'single_order', 'value'] as const;

/**
 * `CREATE OR REPLACE TABLE customer_rfm (...)`: customerRfmSql(opts)'s columns, in its order and
 * with its types, where each column that is a function of the customer's own stored columns
 * (customerRfmDdl.computed) is a VIRTUAL generated column: computed when read, never stored.
 * They are about 4.5 of the 10.4 bytes a transaction row customer_rfm holds after a CHECKPOINT
 * (5M rows, Node); with customer_periods' cohort sizes gone too (customerPeriodsSql), the
 * 20M-row build no longer grows the wasm heap past its 715 MB step (816 MB before).
 * Fill it with customerRfmDdl.insertSql. A generated column cannot be written (UPDATE), have a
 * column it reads dropped or retyped, or be read by ALTER ... USING (applySegmentMapSql).
 * See https://duckdb.org/docs/sql/statements/create_table#generated-columns.
 */
export function customerRfmDdl(opts: CustomerRfmOptions = {}, table = 'customer_rfm'): string {
  const { maps } = segmentMapsOf(opts);
  const computed = customerRfmDdl.computed(opts);
  const columns: [string, string][] = [
    ['customer_id', 'VARCHAR'], ['ref_date', 'DATE'], ['first_date', 'DATE'], ['last_date', 'DATE'], ['recency_days', 'INTEGER'],
    ['frequency', 'INTEGER'], ['revenue', 'DOUBLE'], ['margin', 'DOUBLE'], ['monetary', 'DOUBLE'],
    ['r', 'INTEGER'], ['f', 'INTEGER'], ['m', 'INTEGER'], ['rfm_cell', 'INTEGER'], ['rf', 'VARCHAR'],
    ['m_nonpositive', 'BOOLEAN'], ['single_order', 'BOOLEAN'], ['r_high', 'BOOLEAN'], ['f_high', 'BOOLEAN'], ['m_high', 'BOOLEAN'],
    ...maps.map((mp): [string, string] => [`segment_${mp.name}`, enumSql.type(segmentCaseSql.labels(mp))]),
    ['value', 'DOUBLE'], ['value_rank', 'INTEGER'], ['tier', enumSql.type(tierNames(opts.tiers ?? cnTierSet))], ['tier_index', 'INTEGER'],
  ];
  const defs = columns.map(([name, type]) => {
    const expr = computed[name];
    return `  ${sqlIdent(name)} ${type}${expr === undefined ? '' : ` GENERATED ALWAYS AS (${expr}) VIRTUAL`}`;
  });
  return `CREATE OR REPLACE TABLE ${sqlIdent(table)} (\n${defs.join(',\n')}\n)`;
}

/**
 * The computed columns of customerRfmDdl(opts), by name: recency_days, monetary, rfm_cell,
 * m_nonpositive, single_order (rfmDerivedSql), and value when it is the customer's revenue or
 * margin (pyramidValueSql; a value read from another table is stored).
 */
customerRfmDdl.computed = (opts: CustomerRfmOptions = {}): Record<string, string> => {
  const d = rfmDerivedSql(opts);
  const value = opts.value ?? 'revenue';
  return {
    // customerBaseSql's, with last_date for max(order_date).
    recency_days: "date_diff('day', last_date, ref_date)::INTEGER",
    monetary: d.monetary,
    rfm_cell: d.rfm_cell,
    m_nonpositive: d.m_nonpositive,
    single_order: d.single_order,
    ...(value === 'revenue' || value === 'margin' ? { value: `${value}::DOUBLE` } : {}),
  };
};

/** Every column name customerRfmDdl may make computed, whatever the options. */
customerRfmDdl.computable = (): readonly string[] => COMPUTABLE;

/** `select` (customerRfmSql's columns, by name) into a table made by customerRfmDdl(opts): all but its computed columns. */
customerRfmDdl.insertSql = (select: string, opts: CustomerRfmOptions = {}, table = 'customer_rfm'): string =>
  `INSERT INTO ${sqlIdent(table)} BY NAME SELECT * EXCLUDE (${Object.keys(customerRfmDdl.computed(opts)).join(', ')}) FROM (${select})`;
