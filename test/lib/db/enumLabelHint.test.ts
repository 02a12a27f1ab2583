import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { enumLabelHint } from '../../../src/lib/db/enumLabelHint';
import { QueryError } from '../../../src/lib/db/QueryError';
import { enumSql } from '../../../src/lib/sql/enumSql';

describe('enumLabelHint', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(`CREATE TABLE customer_rfm AS SELECT ${enumSql("'Lost'", ['Lost', 'Champions'])} AS segment_rfm10, 1::UTINYINT AS r`);
  });
  const failure = (sql: string): string => {
    try {
      conn.query(sql);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error(`expected ${sql} to fail`);
  };

  it('enumLabelHint() explains DuckDB\'s error for a label a segment column does not have, naming the label and the column', () => {
    const sql = "UPDATE customer_rfm SET segment_rfm10 = 'My label'";
    const message = failure(sql);
    expect(enumLabelHint(message, sql)).toBe("if segment_rfm10 is an ENUM (customer_rfm's segment and tier columns are), it takes only its own labels, not 'My label': " +
      'retype it first, e.g. ALTER TABLE customer_rfm ALTER segment_rfm10 TYPE VARCHAR');
    const wrapped = QueryError.wrap(new Error(message), sql);
    expect(wrapped.message.startsWith(message)).toBe(true);
    expect(wrapped.message).toContain('ALTER TABLE customer_rfm ALTER segment_rfm10 TYPE VARCHAR');
  });

  it('enumLabelHint() says nothing for the same words about a number, a statement without such a column, or no SQL', () => {
    const sql = "UPDATE customer_rfm SET r = '300'";
    const message = failure(sql);
    expect(message).toContain("Could not convert string '300' to UINT8");
    expect(enumLabelHint(message, sql)).toBeUndefined();
    expect(enumLabelHint(message, undefined)).toBeUndefined();
    expect(enumLabelHint('Binder Error: column segment_x not found', 'SELECT segment_x FROM t')).toBeUndefined();
    expect(QueryError.wrap(new Error(message), sql).message).toBe(message);
  });
});
