import { readFileSync } from 'node:fs';
import { clvSummary, type ClvSummaryOptions } from '../../../src/lib/sql/clvSummary';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';

/** The CDNOW 1/10 sample (2,357 customers), from ../shared next to the repository. */
export const CDNOW_URL = new URL('../../../../shared/data/CDNOW_sample.txt', import.meta.url);

/**
 * Open DuckDB-WASM (Node build) with CDNOW_sample.txt loaded as `transactions(line, customer_id,
 * order_id, order_date, amount, quantity)`. The file is fixed-width with runs of spaces, which a
 * one-character CSV delimiter cannot split, so each line is read whole and split by regex.
 */
export async function openCdnow() {
  const { db, conn } = await openNodeDuckDB();
  db.registerFileBuffer('cdnow.txt', new Uint8Array(readFileSync(CDNOW_URL)));
  conn.query(`CREATE TABLE transactions AS
    WITH raw AS (
      SELECT row_number() OVER () AS line, string_split_regex(trim(text), '\\s+') AS f
      FROM read_csv('cdnow.txt', columns = {'text': 'VARCHAR'}, delim = '|', header = false, quote = '')
    )
    SELECT CAST(line AS INTEGER) AS line, f[2] AS customer_id, 'O' || line AS order_id,
           CAST(strptime(f[3], '%Y%m%d') AS DATE) AS order_date,
           CAST(f[5] AS DOUBLE) AS amount, CAST(f[4] AS INTEGER) AS quantity
    FROM raw`);
  return { db, conn };
}

/** Per-customer summary columns of CDNOW as plain arrays. */
export async function cdnowSummary(options: ClvSummaryOptions = { calibrationEnd: '1997-09-30' }) {
  const { conn } = await openCdnow();
  const t = conn.query(clvSummary(options));
  // Iterating a vector yields null for NULL (toArray() would expose the bytes behind it).
  const col = (name: string) => Array.from(t.getChild(name)!, (v) => (v === null ? NaN : Number(v)));
  return {
    id: Array.from(t.getChild('customer_id')!, String),
    x: col('x'),
    tx: col('t_x'),
    T: col('T'),
    m: col('mean_repeat_value'),
    holdout: col('holdout_x'),
  };
}
