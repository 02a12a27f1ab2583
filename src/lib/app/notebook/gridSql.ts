/** How a result column is shown: numbers right-aligned, `float` formatted by locale, the rest as text. */
export type ColumnKind = 'int' | 'float' | 'bool' | 'text';

/** A column of a cell's view. */
export interface ViewColumn {
  name: string;
  /** DuckDB's type name, e.g. `DECIMAL(18,3)`, `BIGINT`, `DATE`. */
  type: string;
  kind: ColumnKind;
}

/** A sort of the grid: one column, ascending or descending. */
export interface GridSort {
  column: string;
  desc: boolean;
}

const INT = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|INT\d*)$/;
const FLOAT = /^(FLOAT|REAL|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?|NUMERIC(\(\d+,\s*\d+\))?)$/;

/** `"name"` with embedded quotes doubled. */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * The display kind of a DuckDB type. Integers are shown as exact text (a year or an id is not
 * "2,023"), floats and decimals as locale-formatted numbers, everything else (dates, lists,
 * structs...) as DuckDB prints it.
 */
export function columnKind(type: string): ColumnKind {
  const t = type.trim().toUpperCase();
  if (INT.test(t)) return 'int';
  if (FLOAT.test(t)) return 'float';
  if (t === 'BOOLEAN') return 'bool';
  return 'text';
}

/** The columns of a view, with DuckDB's type names: `column_name, column_type`. */
export function columnsSql(view: string): string {
  return `SELECT column_name, column_type FROM (DESCRIBE ${quoteIdent(view)})`;
}

/** The number of rows of a view, as a DOUBLE (no BigInt on the page). */
export function countSql(view: string): string {
  return `SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(view)}`;
}

/**
 * A select list that makes every value safe to read from Arrow as a plain JS value: floats and
 * decimals as DOUBLE (Arrow gives a DECIMAL as an unscaled integer), integers and anything else
 * as VARCHAR (exact, no BigInt), booleans as they are.
 */
export function displayColumnsSql(columns: readonly ViewColumn[], alias = 't'): string {
  return columns
    .map((c) => {
      const ref = `${alias}.${quoteIdent(c.name)}`;
      const cast = c.kind === 'float' ? `${ref}::DOUBLE` : c.kind === 'bool' ? ref : `${ref}::VARCHAR`;
      return `${cast} AS ${quoteIdent(c.name)}`;
    })
    .join(', ');
}

/**
 * One page of a view for the result grid: `limit` rows from `offset`, sorted by `sort` on the
 * column's own type (the table-qualified name refers to the view's column, not the cast alias),
 * NULLs last. Without a sort, rows come in the view's own order.
 */
export function pageSql(view: string, columns: readonly ViewColumn[], opts: { limit: number; offset: number; sort?: GridSort | null }): string {
  if (!Number.isInteger(opts.limit) || opts.limit < 1) throw new Error(`invalid limit: ${opts.limit} (expected a whole number from 1)`);
  if (!Number.isInteger(opts.offset) || opts.offset < 0) throw new Error(`invalid offset: ${opts.offset} (expected a whole number from 0)`);
  const sort = opts.sort;
  if (sort && !columns.some((c) => c.name === sort.column)) throw new Error(`invalid sort: no column ${JSON.stringify(sort.column)}`);
  const select = columns.length ? displayColumnsSql(columns) : '*';
  const order = sort ? `\nORDER BY t.${quoteIdent(sort.column)} ${sort.desc ? 'DESC' : 'ASC'} NULLS LAST` : '';
  return `SELECT ${select}\nFROM ${quoteIdent(view)} AS t${order}\nLIMIT ${opts.limit} OFFSET ${opts.offset}`;
}

/** At most `limit` rows of the named columns of a view, for a chart, in the view's order. */
export function chartDataSql(view: string, columns: readonly ViewColumn[], limit: number): string {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`invalid limit: ${limit} (expected a whole number from 1)`);
  // Integers are drawn as numbers here, so they come as DOUBLE rather than text.
  const select = columns
    .map((c) => {
      const ref = `t.${quoteIdent(c.name)}`;
      const cast = c.kind === 'float' || c.kind === 'int' ? `${ref}::DOUBLE` : `${ref}::VARCHAR`;
      return `${cast} AS ${quoteIdent(c.name)}`;
    })
    .join(', ');
  return `SELECT ${select || '*'}\nFROM ${quoteIdent(view)} AS t\nLIMIT ${limit}`;
}
