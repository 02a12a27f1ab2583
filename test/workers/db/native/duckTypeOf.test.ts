import { describe, expect, it } from 'vitest';
import { Binary, Bool, DateDay, Float32, Float64, Int32, Int64, Uint8, Utf8 } from 'apache-arrow';
import { duckTypeOf } from '../../../../workers/db/native/duckTypeOf';

describe('duckTypeOf', () => {
  it('duckTypeOf() gives the SQL type DuckDB creates for each Arrow type the engine inserts', () => {
    const types = [new Utf8(), new Bool(), new DateDay(), new Float64(), new Float32(), new Int32(), new Int64(), new Uint8()];
    expect(types.map((t) => duckTypeOf('c', t).toString())).toEqual(['VARCHAR', 'BOOLEAN', 'DATE', 'DOUBLE', 'FLOAT', 'INTEGER', 'BIGINT', 'UTINYINT']);
  });

  it('duckTypeOf() names the column of a type it cannot append', () => {
    expect(() => duckTypeOf('blob', new Binary())).toThrow('native engine: column blob has Arrow type Binary, which cannot be appended');
  });
});
