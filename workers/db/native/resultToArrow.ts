import {
  Bool, DateDay, Decimal, Field, Float32, Float64, Int8, Int16, Int32, List, RecordBatch, Schema, Struct, Table,
  TimeUnit, Timestamp, Uint8, Uint16, Uint32, Utf8, makeData, vectorFromArray, type Data, type DataType,
} from 'apache-arrow';
import {
  DuckDBTypeId, type DuckDBDataChunk, type DuckDBDecimalValue, type DuckDBDateValue, type DuckDBListValue,
  type DuckDBMaterializedResult, type DuckDBTimestampValue, type DuckDBType, type DuckDBValue,
} from '@duckdb/node-api';

/** What the converter reads of a native result: column names and types, and its chunks. */
export type NativeResult = Pick<DuckDBMaterializedResult, 'columnNames' | 'columnTypes' | 'chunkCount' | 'getChunk'>;

const INTS: Partial<Record<DuckDBTypeId, () => DataType>> = {
  [DuckDBTypeId.TINYINT]: () => new Int8(),
  [DuckDBTypeId.SMALLINT]: () => new Int16(),
  [DuckDBTypeId.INTEGER]: () => new Int32(),
  [DuckDBTypeId.UTINYINT]: () => new Uint8(),
  [DuckDBTypeId.USMALLINT]: () => new Uint16(),
  [DuckDBTypeId.UINTEGER]: () => new Uint32(),
  [DuckDBTypeId.FLOAT]: () => new Float32(),
  [DuckDBTypeId.DOUBLE]: () => new Float64(),
  // DuckDB-WASM is opened with castBigIntToDouble (workers/db/connect.ts): 64-bit integers,
  // counts included, reach the runners as doubles.
  [DuckDBTypeId.BIGINT]: () => new Float64(),
  [DuckDBTypeId.UBIGINT]: () => new Float64(),
  // SELECT NULL: DuckDB-WASM sends an all-null Int32 column.
  [DuckDBTypeId.SQLNULL]: () => new Int32(),
};

/**
 * A native DuckDB result as the Arrow table DuckDB-WASM (with castBigIntToDouble) returns for the
 * same SQL, type for type, so the runners read identical values on either engine: BIGINT and
 * UBIGINT as Float64, HUGEINT and DECIMAL as 128-bit Decimal, DATE as Date32<DAY>, TIMESTAMP as
 * Timestamp<MICROSECOND>, lists as List; ENUM as Utf8 (DuckDB-WASM sends a dictionary of the
 * same strings). Throws naming the column for a type neither needs.
 */
export function resultToArrow(result: NativeResult): Table {
  const names = result.columnNames();
  const types = result.columnTypes();
  const chunks: DuckDBDataChunk[] = [];
  for (let i = 0; i < result.chunkCount; i++) chunks.push(result.getChunk(i));
  const rows = chunks.reduce((n, c) => n + c.rowCount, 0);
  const fields: Field[] = [];
  const children: Data[] = [];
  names.forEach((name, c) => {
    const values: (DuckDBValue | null)[] = new Array(rows);
    let k = 0;
    for (const chunk of chunks) {
      const vector = chunk.getColumnVector(c);
      for (let i = 0; i < chunk.rowCount; i++) values[k++] = vector.getItem(i);
    }
    const data = columnData(name, types[c]!, values);
    fields.push(new Field(name, data.type, true));
    children.push(data);
  });
  const schema = new Schema(fields);
  if (rows === 0) return new Table(schema);
  const struct = makeData({ type: new Struct(fields), length: rows, nullCount: 0, children });
  return new Table([new RecordBatch(schema, struct)]);
}

function columnData(name: string, type: DuckDBType, values: (DuckDBValue | null)[]): Data {
  const n = values.length;
  const { nullBitmap, nullCount } = validity(values);
  const plain = INTS[type.typeId];
  if (plain) {
    const arrowType = plain();
    // SAFETY: every type in INTS has a numeric ArrayType constructor taking a length.
    const data = new (arrowType.ArrayType as Float64ArrayConstructor)(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v !== null) data[i] = Number(v);
    }
    // SAFETY: arrowType is an Int or Float type, whose makeData props are the same; the cast only picks that overload.
    return makeData({ type: arrowType as Float64, length: n, nullCount, nullBitmap, data });
  }
  switch (type.typeId) {
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.DECIMAL: {
      const scale = type.typeId === DuckDBTypeId.DECIMAL ? type.scale : 0;
      const width = type.typeId === DuckDBTypeId.DECIMAL ? type.width : 38;
      const data = new Uint32Array(4 * n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        // SAFETY: a HUGEINT item is a bigint, a DECIMAL item a DuckDBDecimalValue.
        if (v !== null) writeInt128(data, i, typeof v === 'bigint' ? v : (v as DuckDBDecimalValue).value);
      }
      return makeData({ type: new Decimal(scale, width, 128), length: n, nullCount, nullBitmap, data });
    }
    case DuckDBTypeId.DATE: {
      const data = new Int32Array(n);
      // SAFETY: a DATE item is a DuckDBDateValue.
      for (let i = 0; i < n; i++) if (values[i] !== null) data[i] = (values[i] as DuckDBDateValue).days;
      return makeData({ type: new DateDay(), length: n, nullCount, nullBitmap, data });
    }
    case DuckDBTypeId.TIMESTAMP: {
      const data = new BigInt64Array(n);
      // SAFETY: a TIMESTAMP item is a DuckDBTimestampValue.
      for (let i = 0; i < n; i++) if (values[i] !== null) data[i] = (values[i] as DuckDBTimestampValue).micros;
      return makeData({ type: new Timestamp(TimeUnit.MICROSECOND), length: n, nullCount, nullBitmap, data });
    }
    // An ENUM (customer_rfm's segments and tiers) as plain text: DuckDB-WASM sends a dictionary of
    // the labels, and the runners read either one a value at a time, as strings.
    case DuckDBTypeId.ENUM:
    case DuckDBTypeId.VARCHAR:
      // SAFETY: a VARCHAR item is a string; so is an ENUM item (node-api reads it as its label).
      return vectorFromArray(values as (string | null)[], new Utf8()).data[0]!;
    case DuckDBTypeId.BOOLEAN:
      // SAFETY: a BOOLEAN item is a boolean.
      return vectorFromArray(values as (boolean | null)[], new Bool()).data[0]!;
    case DuckDBTypeId.LIST: {
      // SAFETY: a LIST item is a DuckDBListValue.
      const items = values.map((v) => (v === null ? null : (v as DuckDBListValue).items));
      const child = columnData(name, type.valueType, items.flatMap((l) => l ?? []));
      const offsets = new Int32Array(n + 1);
      items.forEach((l, i) => (offsets[i + 1] = offsets[i]! + (l?.length ?? 0)));
      const listType = new List(new Field('l', child.type, true));
      return makeData({ type: listType, length: n, nullCount, nullBitmap, valueOffsets: offsets, child });
    }
    default:
      throw new Error(`native engine: column ${name} has type ${type.toString()}, which the headless door does not read`);
  }
}

function validity(values: readonly unknown[]): { nullBitmap: Uint8Array | undefined; nullCount: number } {
  let nullCount = 0;
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { nullBitmap: nullCount > 0 ? bitmap : undefined, nullCount };
}

/** A signed 128-bit integer as four little-endian 32-bit words (Arrow's Decimal128 layout). */
function writeInt128(data: Uint32Array, i: number, v: bigint): void {
  let u = BigInt.asUintN(128, v);
  for (let w = 0; w < 4; w++) {
    data[4 * i + w] = Number(u & 0xffffffffn);
    u >>= 32n;
  }
}
