import { NUMBER_ROLES, TEXT_ROLES } from '../../ingest/types';
import { quoteIdent } from '../quoteIdent';
import { quoteLiteral } from '../quoteLiteral';
import { isoFromDays } from '../../ingest/isoFromDays';
import type { FastPlan } from './fastPlan';
import { amountDecimalsSql } from './amountDecimalsSql';

// RE2 classes for JavaScript's String.prototype.trim() whitespace (WhiteSpace + LineTerminator).
const WS = '[\\t\\n\\x0b\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]';
const NULL_IDS = ['null', 'n/a', 'na', '#n/a', 'none', '-', '--', '—', 'nan', 'nil', '(null)', '(blank)', 'undefined', '?', '无', '空'];
const LABELS = ['total', 'totals', 'grand total', 'subtotal', 'sub total', 'sum', 'summe', 'gesamt', 'gesamtsumme', 'totaal', 'totale',
  'somme', 'suma', '合计', '總計', '总计', '小计', '合計', '小計', '总和', '汇总', '匯總', '共计'];
/**
 * The CSV reader's buffer. Its default (16 x max_line_size, 32 MiB) held about 150 MB of wasm
 * memory while reading a 64 MB piece, 4 MiB about 30 MB; whole imports took the same time. It
 * must stay at least max_line_size (2 MiB), past the 1 MiB lines scanCsvBytes lets through.
 */
const READ_BUFFER_BYTES = 4 * 1024 * 1024;
/** parseAmount's PLAIN, read with Number(): `-?\d+(\.\d+)?`. */
const PLAIN = '-?[0-9]+(?:\\.[0-9]+)?';
/** PLAIN but not `-?\d{1,3}\.\d{3}`, which parseAmount reads as thousands with a decimal comma. */
const NOT_AMBIGUOUS = '-?(?:[0-9]+|[0-9]{4,}\\.[0-9]+|[0-9]{1,3}\\.(?:[0-9]{1,2}|[0-9]{4,}))';

/** Which piece of the file a read is, and how it stores the amounts' hashes. */
export interface FastInsertPiece {
  /** The line number of the piece's first row; undefined for the first piece, which has the header. */
  firstLine?: number;
  /**
   * Keep every amount's hash (8 bytes a row) instead of the number of decimals that prints the
   * amount back (amountDecimalsSql), for files small enough that the memory does not matter.
   */
  hashAmounts?: boolean;
  /**
   * Leave out the duplicate test's hashes and the amount's decimals (NULL in their columns), for
   * a file whose order ids look unique (uniqueOrderCounts.likely): uniqueOrderCounts will most likely
   * prove there can be no duplicate, and the hashes were 8 to 16 bytes a row of memory and about
   * a tenth of the read.
   */
  noHashes?: boolean;
}

/**
 * The statement that reads the file with DuckDB's CSV reader straight into the staging table,
 * one row per record, each row marked clean (`__fast_st` 0) or "let TypeScript judge it" (1,
 * with its fields kept in `__fast_raw`). A row is clean only when plain SQL can prove the
 * TypeScript ingest would import it with exactly these values: a customer id with no padding and
 * not a null word or totals label, an ISO date between 1990-01-01 and today, plain decimals
 * (`-?\d+(\.\d+)?`, what parseAmount reads with `Number`), no totals label in the label columns
 * and no header text in enough columns to make a repeated header. Every test is a superset of
 * the TypeScript one (a row it might treat specially is never clean), so the SQL may send rows
 * to TypeScript needlessly but never imports a row TypeScript would not.
 * `line` is row_number() + 1: the byte scan proved every record is one physical line after the
 * header. Hashes of the fields (all but the amount, and the amount) find duplicates later; the
 * amount's is kept only where it cannot be made again from the stored amount (amountDecimalsSql).
 * `piece.firstLine` reads one piece of the file after the first (no header line, and rows
 * numbered on from `firstLine`), so that a big file is read in steps (see fastImport);
 * `piece.hashAmounts` keeps every amount's hash, `piece.noHashes` none (see FastInsertPiece).
 */
export function fastInsertSql(plan: FastPlan, file: string, delimiter: string, crlf: boolean, trim: boolean, staging: string, attributes: readonly string[],
  piece: FastInsertPiece = {}): string {
  const f = (c: number) => `f${c}`;
  const columns = plan.headers.map((_, c) => `'c${c}': 'VARCHAR'`).join(', ');
  const source = `read_csv(${quoteLiteral(file)}, auto_detect = false, header = false, skip = ${piece.firstLine === undefined ? 1 : 0}, delim = ${quoteLiteral(delimiter)},
    quote = '"', escape = '"', new_line = ${crlf ? "'\\r\\n'" : "'\\n'"}, comment = '', null_padding = false,
    encoding = 'utf-8', buffer_size = ${READ_BUFFER_BYTES}, columns = {${columns}})`;
  // strict_mode is left to its default (on): DuckDB 1.4.3 reads no rows at all from a CRLF file when
  // it is set explicitly (the row count check would catch that, but the import would fall back).
  // csvTokenizer strips U+0020 around unquoted fields (and the scan refused spaces inside quotes).
  // Only when the scan saw a space next to a delimiter or line break: trimming every field adds
  // about a third to the whole read (1M rows: 0.7 s), so clean files skip it.
  const fields = plan.headers.map((_, c) => (trim ? `nullif(trim(c${c}, ' '), '') AS ${f(c)}` : `c${c} AS ${f(c)}`)).join(', ');

  const { col } = plan;
  // Typed values once, below the tests, which read them as columns (and so does the outer projection).
  const casts: string[] = [];
  if (col.order_date !== undefined) casts.push(`TRY_CAST(${f(col.order_date)} AS DATE) AS v_date`);
  for (const [role, c] of plan.numberCols) casts.push(`TRY_CAST(${f(c)} AS DOUBLE) AS v_${role}`);

  // Words that make a row special in a column: null ids and totals labels (customer id), totals
  // labels (first column, order id), the column's header (a repeated header matches at least
  // `need` of the columns, so at least one of any width - need + 1 of them: the first ones are
  // tested). For the ids, whose stored value must be the trimmed one, also any value that starts
  // or ends with whitespace. One regex per column: RE2's cost here is per byte, so joining the
  // columns into one call saves nothing.
  const words = new Map<number, Set<string>>();
  const add = (c: number, list: readonly string[]) => {
    const set = words.get(c) ?? new Set<string>();
    for (const w of list) set.add(w);
    words.set(c, set);
  };
  add(col.customer_id!, [...NULL_IDS, ...LABELS]);
  for (const c of plan.labelCols) add(c, LABELS);
  const need = Math.max(2, Math.ceil(plan.width * 0.8));
  for (let c = 0; c <= plan.width - need; c++) add(c, [plan.headerKeys[c]]);
  const tests: string[] = [];
  for (const [c, set] of words) {
    const padded = c === col.customer_id || c === col.order_id ? `|${WS}.*|.*${WS}` : '';
    const special = `regexp_full_match(${f(c)}, '(?s)(?i:${WS}*(?:${[...set].map(reEscape).join('|')})[:：]?${WS}*)${padded}')`;
    // A missing customer id makes the test NULL, so the row is judged; other columns may be empty.
    tests.push(c === col.customer_id ? `NOT ${special}` : `(${f(c)} IS NULL OR NOT ${special})`);
  }
  if (col.order_date !== undefined) {
    // `YYYY-MM-DD` exactly: the date DuckDB read prints back as the very text. Cheaper than a
    // regex for the shape (Node, 1M rows: ~100 ms for the regex, ~25 for printing the date).
    tests.push(`v_date::VARCHAR = ${f(col.order_date)} AND v_date BETWEEN DATE '1990-01-01' AND DATE '${isoFromDays(plan.today)}'`);
  }
  const number = plan.decimalComma ? NOT_AMBIGUOUS : PLAIN;
  for (const [role, c] of plan.numberCols) {
    const plain = `regexp_full_match(${f(c)}, '${number}') AND isfinite(v_${role})`;
    // The amount is required (NULL: the row is judged); an empty quantity or price is a NULL value.
    tests.push(role === 'amount' ? plain : `(${f(c)} IS NULL OR (${plain}))`);
  }
  const clean = `coalesce(${tests.join('\n    AND ')}, false)`;

  const text = (role: string) => {
    const c = col[role as keyof typeof col];
    return c === undefined ? 'NULL' : f(c);
  };
  const num = (role: string) => {
    const c = col[role as keyof typeof col];
    return c === undefined ? 'NULL' : `v_${role} + 0.0`; // + 0.0: -0 becomes 0, as in parseAmount
  };
  const attr = (name: string) => {
    const c = plan.headers.indexOf(name);
    return c >= 0 && plan.mapping[name] === 'attribute' ? f(c) : 'NULL';
  };
  const amountCol = col.amount ?? -1;
  const nearFields = plan.headers.map((_, c) => c).filter((c) => c !== amountCol).map(f);
  const values = [
    'line',
    ...TEXT_ROLES.map(text),
    col.order_date === undefined ? 'NULL' : 'v_date',
    ...NUMBER_ROLES.map(num),
    ...attributes.map(attr),
    // The work columns (see fastImport): __fast_near, __fast_amt, __fast_st, __fast_raw, __fast_dec.
    piece.noHashes ? 'NULL' : `hash(${nearFields.join(', ')})`,
    amountCol < 0 ? '0' : piece.noHashes ? 'NULL' : `CASE WHEN amount_decimals IS NULL THEN hash(${f(amountCol)}) END`,
    'CASE WHEN ok THEN 0 ELSE 1 END',
    `CASE WHEN NOT ok THEN [${plan.headers.map((_, c) => `coalesce(${f(c)}, '')`).join(', ')}] END`,
    'amount_decimals',
  ];
  // Only clean rows, whose amount is stored as read, may have their amount's hash made later.
  // Every amount's hash when memory is not short (printf on every row took a fifth of the read).
  const decimals = amountCol >= 0 && !piece.hashAmounts && !piece.noHashes ? `CASE WHEN ok THEN ${amountDecimalsSql(f(amountCol), num('amount'))} END` : 'NULL::UTINYINT';
  return `INSERT INTO ${quoteIdent(staging)}
SELECT ${values.join(',\n  ')}
FROM (
  SELECT *, ${decimals} AS amount_decimals
  FROM (
    SELECT *, ${clean} AS ok
    FROM (
      SELECT *${casts.map((c) => `, ${c}`).join('')}
      FROM (SELECT (row_number() OVER () + ${(piece.firstLine ?? 2) - 1})::INTEGER AS line, ${fields} FROM ${source})
    )
  )
)`;
}

/** `s` as a literal inside an RE2 pattern inside an SQL string literal. */
function reEscape(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&').replaceAll("'", "''");
}
