import { DataType } from 'apache-arrow';
import { BIGINT, BOOLEAN, DATE, DOUBLE, FLOAT, INTEGER, SMALLINT, TINYINT, UINTEGER, USMALLINT, UTINYINT, VARCHAR, type DuckDBType } from '@duckdb/node-api';

const INTS: Record<string, DuckDBType> = { i8: TINYINT, i16: SMALLINT, i32: INTEGER, i64: BIGINT, u8: UTINYINT, u16: USMALLINT, u32: UINTEGER };

/** The DuckDB type an Arrow column is stored as (the SQL type DuckDB-WASM creates for it). */
export function duckTypeOf(name: string, type: DataType): DuckDBType {
  if (DataType.isUtf8(type)) return VARCHAR;
  if (DataType.isBool(type)) return BOOLEAN;
  if (DataType.isDate(type)) return DATE;
  if (DataType.isFloat(type)) return type.precision === 2 ? DOUBLE : FLOAT;
  if (DataType.isInt(type)) {
    const key = `${type.isSigned ? 'i' : 'u'}${type.bitWidth}`;
    const t = INTS[key];
    if (t) return t;
  }
  throw new Error(`native engine: column ${name} has Arrow type ${String(type)}, which cannot be appended`);
}
