import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Table } from 'apache-arrow';
import type { ImportOptions, IngestReport, Role, SniffResult } from '../../ingest/types';
import { NUMBER_ROLES, TEXT_ROLES } from '../../ingest/types';
import { isoFromDays } from '../../ingest/isoFromDays';
import { quoteIdent } from '../quoteIdent';
import { quoteLiteral } from '../quoteLiteral';
import { transactionsDdl } from '../transactionsDdl';
import { fastInsertSql } from './fastInsertSql';
import { amountDecimalsSql } from './amountDecimalsSql';
import { fastPlan, type FastPlan } from './fastPlan';
import { fastPrecondition } from './fastPrecondition';
import { judgeRow } from './judgeRow';
import { fastReport, type Judged } from './fastReport';
import { registerFile } from './registerFile';
import { piecesAhead } from './piecesAhead';
import { uniqueOrderCounts, type ImportCounts } from './uniqueOrderCounts';
import { resolveDuplicates, type NearRow } from './resolveDuplicates';
import { guessLayout, type CsvLayout } from './guessLayout';
import { lineCuts } from './lineCuts';
import { scanAside, type ScanFile } from './scanAside';
import { readBytes } from '../readBytes';

/** What the fast path needs of the engine: statements, queries and the bindings (to register files). */
export interface FastEngine {
  exec(sql: string): void;
  query(sql: string): Table;
  readonly db: duckdb.DuckDBBindings;
}

/** One import for the fast path: what importInto has worked out before streaming the file. */
export interface FastImportJob {
  /** The file's name, for messages. */
  name: string;
  sniff: SniffResult;
  options: ImportOptions;
  /** The sniff's mapping with the user's changes (importInto's `mapping`). */
  mapping: Record<string, Role>;
  /** The table to create and fill; importInto swaps it in as `transactions`. */
  staging: string;
  /** Headers kept as attribute columns, in table order (importInto's `attributes`). */
  attributes: string[];
  /** Bytes per piece the file is read in (default PIECE_BYTES); tests make it small. */
  pieceBytes?: number;
  /** How the whole-file byte scan is run (default scanAside: on its own worker where there can be one). */
  scan?: ScanFile;
  /** Rows per hash slice of the duplicate test (default SLICE_ROWS); tests make it small. */
  sliceRows?: number;
  /** CHECKPOINT after each piece, compressing it (default true; importInto turns it off for small files). */
  checkpoint?: boolean;
  /** Asked between pieces; true stops the import with an ImportCancelled error. */
  isCancelled?: () => boolean;
  /** Told after each piece how far the read has come. */
  onProgress?: (p: { bytesRead: number; bytesTotal: number; rows: number }) => void;
  /** Told why the fast path gave up, for the debug log; the import then takes the TypeScript path. */
  onFallback?: (why: string) => void;
  /** Told how long each step took (ms), for the benchmark. */
  onStep?: (step: string, ms: number) => void;
  /**
   * Told the import summary's customers and orders when the import made them itself
   * (uniqueOrderCounts), just before it returns its report; they hold for that report only.
   */
  onCounts?: (counts: ImportCounts) => void;
}

/**
 * The file is read in pieces of about this many bytes, each committed and compressed (CHECKPOINT)
 * before the next: DuckDB keeps a piece's rows uncompressed until then (about 4 bytes of wasm
 * memory per CSV byte), so reading a multi-GB file in one statement runs the 4 GB heap out. A
 * 5M-row import peaked at 282 MB of heap with 32 MB pieces (and fastInsertSql's 4 MiB read
 * buffer), 564 MB with 64 MB pieces and the default buffer; 16 MB pieces peaked no lower and
 * cost ~0.1 s of CPU per extra piece (1M rows: 4.5 s instead of 4.2).
 */
export const PIECE_BYTES = 32 * 1024 * 1024;
/** Bytes of the file's start that guessLayout looks at. */
const HEAD_BYTES = 256 * 1024;
/** Rows per hash slice of the duplicate test's grouping (its hash table takes ~60 bytes a row). */
const SLICE_ROWS = 2_000_000;
/**
 * Pieces up to this size are read ahead and copied into DuckDB (piecesAhead); a bigger one (a
 * line feed more than 1 MiB past a cut: the scan refuses such a file anyway) is registered as a
 * file handle in the browser, so its size never becomes wasm memory.
 */
const MAX_COPIED_PIECE = 2 * PIECE_BYTES;
/** Rows the SQL could not vouch for that TypeScript judges one by one; more and the slow path is faster. */
const MAX_JUDGED = 200_000;
const WORK = { near: '__fast_near', amount: '__fast_amt', status: '__fast_st', raw: '__fast_raw', decimals: '__fast_dec' };

/**
 * Imports a clean CSV with DuckDB's own reader instead of the TypeScript tokenizer, into the
 * staging table, and returns the very IngestReport the TypeScript path (TextImporter) would: same
 * rows, same line numbers, same rejected/excluded lines and reasons, same warnings. Returns null,
 * with nothing left behind, when it cannot promise that; the caller then runs the TypeScript path.
 * Call it only when `fastImportEligible` said yes.
 *
 * The work: a byte scan proves one record per line and nothing the two readers split differently
 * (scanCsvBytes); DuckDB reads the file into the staging table with every row's values, field
 * hashes and a clean/judge mark (fastInsertSql); the few rows SQL cannot vouch for are judged by
 * the ingest's own rules in TypeScript (judgeRow) and fixed up or dropped; duplicates and
 * conflicting orders are replayed from the rows that share a hash (resolveDuplicates; there are
 * none when every row has an order id of its own: uniqueOrderCounts); the counts and line lists
 * then go through the ingest's own summarizeImport, so every warning is worded by the same code.
 */
export async function fastImport(engine: FastEngine, file: Blob, job: FastImportJob): Promise<IngestReport | null> {
  const { sniff, staging } = job;
  let t = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    job.onStep?.(name, now - t);
    t = now;
  };
  const plan = fastPlan(sniff, job.options, job.mapping);
  const unfit = fastPrecondition(sniff, job.mapping);
  if (unfit) return giveUp(job, unfit);

  const id = Math.random().toString(36).slice(2, 10);
  const files: string[] = [];
  const temps: string[] = [];
  const table = quoteIdent(staging);
  let report: IngestReport | null = null;
  try {
    // The byte scan runs aside (its own worker in the browser) while DuckDB reads the pieces with
    // the layout the first bytes suggest; nothing read counts until the scan has vouched for the
    // file, and a layout the scan contradicts is read again.
    const scanning = (await (job.scan ?? scanAside)(file, sniff.delimiter, plan.width)).result;
    scanning.catch(() => undefined); // awaited below; a read that throws first must not leave it unhandled
    const cuts = await lineCuts(file, job.pieceBytes ?? PIECE_BYTES);
    const guess = guessLayout(await readBytes(file, 0, HEAD_BYTES), sniff.delimiter);
    step('cuts');
    // Made again, not emptied, for a second read: deleted rows would hold their memory meanwhile.
    const create = () => {
      engine.exec(`DROP TABLE IF EXISTS ${table}`);
      engine.exec(transactionsDdl(staging, job.attributes));
      engine.exec(`ALTER TABLE ${table} ADD COLUMN ${WORK.near} UBIGINT; ALTER TABLE ${table} ADD COLUMN ${WORK.amount} UBIGINT;
ALTER TABLE ${table} ADD COLUMN ${WORK.status} UTINYINT; ALTER TABLE ${table} ADD COLUMN ${WORK.raw} VARCHAR[];
ALTER TABLE ${table} ADD COLUMN ${WORK.decimals} UTINYINT`);
    };
    create();
    // Without the duplicate test's hashes when the order ids look unique: uniqueOrderCounts will
    // most likely prove the test needless; when it does not, the file is read again with them.
    let noHashes = uniqueOrderCounts.likely(sniff, plan.col.order_id);
    // Piece by piece: rows are numbered on from the rows read so far (renumber adds the blank lines).
    const readAll = async (layout: CsvLayout): Promise<number> => {
      let total = 0;
      let k = 0;
      for await (const piece of piecesAhead(file, cuts, MAX_COPIED_PIECE)) {
        if (job.isCancelled?.()) throw Object.assign(new Error('import cancelled; the previous data is unchanged'), { name: 'ImportCancelled' });
        const source = `__fast_${id}_${k}.csv`;
        // A piece's bytes are copied into wasm memory (freed again by dropFile): a few tens of MB.
        if (piece instanceof Uint8Array) engine.db.registerFileBuffer(source, piece);
        else await registerFile(engine.db, source, piece);
        files.push(source);
        engine.exec(fastInsertSql(plan, source, sniff.delimiter, layout.crlf, layout.spaces, staging, job.attributes,
          { firstLine: k === 0 ? undefined : total + 2, hashAmounts: job.checkpoint === false, noHashes }));
        engine.db.dropFile(source);
        files.pop();
        total = Number(row(engine, `SELECT count(*) AS n FROM ${table}`).n);
        if (cuts.length > 2 && job.checkpoint !== false) engine.exec('CHECKPOINT');
        job.onProgress?.({ bytesRead: cuts[k + 1], bytesTotal: file.size, rows: total });
        k++;
      }
      return total;
    };
    let total = 0;
    let readError: unknown = null;
    try {
      total = await readAll(guess);
    } catch (e) {
      if (e instanceof Error && e.name === 'ImportCancelled') throw e;
      readError = e; // the scan's reason, when it refuses the file, says more than DuckDB's error
    }
    step('read');
    const scan = await scanning;
    if (typeof scan === 'string') return giveUp(job, scan);
    if (readError) throw readError;
    step('scan');
    if (scan.crlf !== guess.crlf || scan.spaces !== guess.spaces) {
      create();
      total = await readAll(scan);
      step('reread');
    }
    // Line numbers, then the rows SQL could not vouch for, judged by the ingest's rules (accepted
    // ones get their values); a string is why the fast path gives up.
    const settle = (): Judged[] | string => {
      if (scan.blank.length > 0) renumber(engine, table, scan.blank, id, files, temps);
      const toJudge = row(engine, `SELECT count(*) FILTER (WHERE ${WORK.status} = 1) AS judged FROM ${table}`);
      const expected = scan.lines - 1 - scan.blank.length;
      if (total !== expected) return `DuckDB read ${total} rows where the file has ${expected} records`;
      if (Number(toJudge.judged) > MAX_JUDGED) return `${toJudge.judged} rows need the TypeScript rules`;
      const out = judgeRows(engine, table, plan);
      const accepted = out.filter((j) => j.verdict.kind === 'ok');
      if (accepted.length > 0) writeBack(engine, table, accepted, job.attributes, id, files, temps);
      return out;
    };
    const clean = () => Number(row(engine, `SELECT count(*) AS n FROM ${table} WHERE ${WORK.status} = 0`).n);
    let judged = settle();
    if (typeof judged === 'string') return giveUp(job, judged);
    step('judge');

    let reached = clean();
    // Every clean row with an order id of its own: nothing can be a duplicate, and the import
    // summary's counts are made here instead (uniqueOrderCounts).
    const counts = uniqueOrderCounts(engine, staging, `${WORK.status} = 0`, reached, sniff, plan.col.order_id);
    if (!counts && noHashes) {
      // An order id repeats below the head: the duplicate test needs the hashes after all.
      noHashes = false;
      create();
      total = await readAll(scan);
      judged = settle();
      if (typeof judged === 'string') return giveUp(job, judged);
      reached = clean();
      step('reread-hashes');
    }
    const nearRows = counts ? [] : nearDuplicates(engine, table, id, temps, Math.ceil(total / (job.sliceRows ?? SLICE_ROWS)), reached);
    const dup = resolveDuplicates(nearRows, plan.col.order_id !== undefined);
    step('duplicates');

    if (dup.duplicates.length > 0) {
      const dups = `__fast_dups_${id}.csv`;
      engine.db.registerFileBuffer(dups, new TextEncoder().encode(dup.duplicates.map((d) => `${d.line}\n`).join('')));
      files.push(dups);
      engine.exec(`DELETE FROM ${table} WHERE ${WORK.status} <> 0 OR line IN (SELECT line FROM read_csv(${quoteLiteral(dups)}, auto_detect = false, header = false, columns = {'line': 'INTEGER'}))`);
    } else {
      engine.exec(`DELETE FROM ${table} WHERE ${WORK.status} <> 0`);
    }
    for (const c of Object.values(WORK)) engine.exec(`ALTER TABLE ${table} DROP COLUMN ${c}`);
    step('delete');

    const sums = row(engine, `SELECT count(*) AS n, count(*) FILTER (WHERE amount < 0) AS returns, count(*) FILTER (WHERE amount = 0) AS zero,
  min(order_date) - DATE '1970-01-01' AS first, max(order_date) - DATE '1970-01-01' AS last FROM ${table}`);
    if (Number(sums.n) !== reached - dup.duplicates.length) return giveUp(job, `the staging table has ${sums.n} rows, expected ${reached - dup.duplicates.length}`);

    report = fastReport(engine, table, file, job, plan, { total, judged, dup, reached, sums, blank: scan.blank });
    if (counts) job.onCounts?.(counts);
    step('report');
    return report;
  } catch (e) {
    if (e instanceof Error && e.name === 'ImportCancelled') throw e;
    return giveUp(job, e instanceof Error ? e.message.split('\n')[0] : String(e));
  } finally {
    for (const f of files) engine.db.dropFile(f);
    for (const t of temps) engine.exec(`DROP TABLE IF EXISTS ${t}`);
    if (!report) engine.exec(`DROP TABLE IF EXISTS ${table}`);
  }
}

/** Registers `bytes` as file `name` for DuckDB, in place of an earlier one of that name (a read again), and records it in `files`. */
function registerBytes(engine: FastEngine, name: string, bytes: Uint8Array, files: string[]): void {
  if (files.includes(name)) engine.db.dropFile(name);
  else files.push(name);
  engine.db.registerFileBuffer(name, bytes);
}

function giveUp(job: FastImportJob, why: string): null {
  job.onFallback?.(why);
  return null;
}

function row(engine: FastEngine, sql: string): Record<string, unknown> {
  return engine.query(sql).toArray()[0]?.toJSON() ?? {};
}

/** Reads the rows marked for judging (line and fields) and judges each with the ingest's rules. */
function judgeRows(engine: FastEngine, table: string, plan: FastPlan): Judged[] {
  const t = engine.query(`SELECT line, ${WORK.raw} AS raw FROM ${table} WHERE ${WORK.status} = 1 ORDER BY line`);
  const lines = t.getChild('line')!.toArray() as Int32Array;
  const raw = t.getChild('raw')!;
  const out: Judged[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fields = [...(raw.get(i) as Iterable<string>)];
    out.push({ line: lines[i], verdict: judgeRow(fields, plan) });
  }
  return out;
}

/**
 * Writes the accepted rows' values (as TypeScript computed them) over their staging rows and
 * marks them clean. The values travel as a small CSV buffer: exact for text, and numbers printed
 * by JavaScript's shortest round-trip form read back to the same double.
 */
function writeBack(engine: FastEngine, table: string, accepted: Judged[], attributes: string[], id: string, files: string[], temps: string[]): void {
  const cell = (v: string | number | null | undefined) =>
    v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : `"${v.replaceAll('"', '""')}"`;
  let csv = '';
  for (const { line, verdict: v } of accepted) {
    if (v.kind !== 'ok') continue;
    const cells = [
      line,
      ...TEXT_ROLES.map((r) => v.text[r]),
      v.day === null ? null : isoFromDays(v.day),
      ...NUMBER_ROLES.map((r) => v.numbers[r]),
      ...attributes.map((a) => v.attributes[a]),
    ];
    csv += cells.map(cell).join(',') + '\n';
  }
  const name = `__fast_fix_${id}.csv`;
  registerBytes(engine, name, new TextEncoder().encode(csv), files);
  const cols = ['line', ...TEXT_ROLES, 'order_date', ...NUMBER_ROLES, ...attributes];
  const types = ['INTEGER', ...TEXT_ROLES.map(() => 'VARCHAR'), 'DATE', ...NUMBER_ROLES.map(() => 'DOUBLE'), ...attributes.map(() => 'VARCHAR')];
  const fix = `__fast_fix_${id}`;
  engine.exec(`CREATE OR REPLACE TEMP TABLE ${fix} AS SELECT * FROM read_csv(${quoteLiteral(name)}, auto_detect = false, header = false, delim = ',',
  quote = '"', escape = '"', new_line = '\\n', columns = {${types.map((t, k) => `'x${k}': '${t}'`).join(', ')}})`);
  if (!temps.includes(fix)) temps.push(fix);
  const set = cols.slice(1).map((c, k) => `${quoteIdent(c)} = ${fix}.x${k + 1}`);
  engine.exec(`UPDATE ${table} SET ${set.join(', ')}, ${WORK.status} = 0 FROM ${fix} WHERE ${table}.line = ${fix}.x0`);
}

/**
 * The clean rows that may be duplicates or conflicting orders: only rows sharing their near hash
 * can be either. Grouped in `slices` hash slices on big files (the grouping's hash table holds
 * every distinct row hash); `reached` clean rows in all.
 */
function nearDuplicates(engine: FastEngine, table: string, id: string, temps: string[], slices: number, reached: number): NearRow[] {
  const near = `__fast_near_${id}`;
  engine.exec(`CREATE TEMP TABLE ${near} (k UBIGINT)`);
  temps.push(near);
  for (let k = 0; k < slices; k++) {
    const slice = slices > 1 ? ` AND ${WORK.near} % ${slices} = ${k}` : '';
    engine.exec(`INSERT INTO ${near} SELECT ${WORK.near} FROM ${table} WHERE ${WORK.status} = 0${slice} GROUP BY 1 HAVING count(*) > 1`);
  }
  const big = reached > 5_000_000;
  return readNearRows(engine.query(`SELECT line, ${WORK.near}::VARCHAR AS n, ${amountDecimalsSql.key(WORK.amount, WORK.decimals, 'amount')}::VARCHAR AS a, coalesce(order_id, '') AS o${big ? ', rk' : ''}
FROM (SELECT *${big ? ', row_number() OVER () AS rk' : ''} FROM ${table} WHERE ${WORK.status} = 0)
WHERE ${WORK.near} IN (SELECT k FROM ${near}) ORDER BY line`), big);
}

function readNearRows(t: Table, ranked: boolean): NearRow[] {
  const lines = t.getChild('line')!.toArray() as Int32Array;
  const near = t.getChild('n')!, amount = t.getChild('a')!, order = t.getChild('o')!, rank = ranked ? t.getChild('rk') : null;
  const out: NearRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const r: NearRow = { line: lines[i], near: near.get(i) as string, amount: amount.get(i) as string, orderId: order.get(i) as string };
    if (rank) r.rank = Number(rank.get(i));
    out.push(r);
  }
  return out;
}

/**
 * Turns row numbers + 1 into physical lines where DuckDB skipped empty lines: a row k (counting
 * from 1) lies below the j-th blank line (j from 1) when k >= blank_j - j, so its line is
 * k + 1 + (the number of such j). An ASOF join finds that number for every row at once.
 */
function renumber(engine: FastEngine, table: string, blank: number[], id: string, files: string[], temps: string[]): void {
  let csv = '';
  blank.forEach((b, j) => { csv += `${b - (j + 1)},${j + 1}\n`; });
  const name = `__fast_blank_${id}.csv`;
  registerBytes(engine, name, new TextEncoder().encode(csv), files);
  const t = `__fast_blank_${id}`;
  engine.exec(`CREATE OR REPLACE TEMP TABLE ${t} AS SELECT t, max(c) AS c FROM read_csv(${quoteLiteral(name)}, auto_detect = false, header = false,
  columns = {'t': 'INTEGER', 'c': 'INTEGER'}) GROUP BY t`);
  if (!temps.includes(t)) temps.push(t);
  engine.exec(`UPDATE ${table} SET line = ${table}.line + m.c FROM (SELECT s.line AS v, b.c FROM ${table} s ASOF JOIN ${t} b ON s.line - 1 >= b.t) m
WHERE ${table}.line = m.v`);
}
