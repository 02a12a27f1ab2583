import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { importSummarySql } from '../workers/import/importSummarySql';
import { linesAreOrdersSql } from '../workers/import/linesAreOrdersSql';
import { summarySlices } from '../workers/import/summarySlices';
import { overviewParts } from '../workers/overview/overviewParts';
import { prepareOverviewSql } from '../workers/overview/prepareOverviewSql';
import { refDateSql } from '../src/lib/sql/refDateSql';
import type { Dataset } from './ensureDataset';
import { median } from './median';
import { repeatMedian } from './repeatMedian';
import type { RunOptions } from './RunOptions';
import { nativeImportSql } from './nativeImportSql';
import { recordOverviewSql } from './recordOverviewSql';
import { SELECTION, SELECTION_CLICKS, type StepSql } from './stepSql';
import { selectionCellsSql } from '../workers/overview/selectionCellsSql';
import { StepRecorder } from './stepRecorder';
import type { SizeResults } from './types';
import { withTimeout } from './withTimeout';


/** Threads for native DuckDB: the brief's reference setting (the machine has 2 cores). */
const THREADS = 2;

/** How runNative runs DuckDB: the reference, or the same work on one thread as the wasm engine has. */
export interface NativeMode {
  /** DuckDB's threads (default THREADS). */
  threads?: number;
  /** Stop after overview_total (import and overview_total only): the one-thread comparison needs no more. */
  overviewOnly?: boolean;
}

/** Run statements one by one, reading every result fully as the browser does with Arrow. */
async function runAll(conn: DuckDBConnection, statements: string[]): Promise<void> {
  for (const sql of statements) await conn.runAndReadAll(sql);
}

async function timed(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** Whether the table carries the import's mark that every line is an order (linesAreOrdersSql). */
async function linesAreOrders(conn: DuckDBConnection): Promise<boolean> {
  return (await conn.runAndReadAll(linesAreOrdersSql.read('transactions'))).getRows()[0]?.[0] === true;
}

/** What Engine.prepareOverview runs: the same count, mark, slices and reference date on big data. */
async function overviewStatements(conn: DuckDBConnection): Promise<string[]> {
  const rows = Number((await conn.runAndReadAll('SELECT count(*) AS n FROM transactions')).getRows()[0][0]);
  const parts = overviewParts(rows);
  const lines = await linesAreOrders(conn);
  if (parts === 1) return prepareOverviewSql({ linesAreOrders: lines });
  const refDate = String((await conn.runAndReadAll(`SELECT (${refDateSql()})::VARCHAR AS d`)).getRows()[0][0]);
  return prepareOverviewSql({ refDate, linesAreOrders: lines }, parts);
}

/**
 * The browser's steps on native DuckDB (@duckdb/node-api, same version as the wasm), same SQL
 * text, in-memory database. clv_fit has no native figure: the models are TypeScript in the worker.
 * `mode` runs it on another number of threads, or only as far as overview_total.
 */
export async function runNative(ds: Dataset, sql: StepSql, opts: RunOptions, log: (line: string) => void, mode: NativeMode = {}): Promise<SizeResults> {
  const threads = mode.threads ?? THREADS;
  const rec = new StepRecorder((l) => log(`  native${threads === THREADS ? '' : ` ${threads}T`}  ${l}`));
  const deadline = performance.now() + opts.timeoutMs;
  const left = () => Math.max(1, deadline - performance.now());
  let instance: DuckDBInstance | undefined;
  let conn: DuckDBConnection | undefined;
  const db = (): DuckDBConnection => {
    if (!conn) throw new Error('native DuckDB did not open');
    return conn;
  };
  const step = (work: () => Promise<void>, times = 1) => async () => ({
    ms: await repeatMedian(times, () => withTimeout(timed(work), left(), 'native step')),
  });
  try {
    await rec.step('worker_start', step(async () => {
      instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
      conn = await instance.connect();
    }), true);
    // import and overview_total share one run, as in the browser: overview_total is the import
    // plus the per-customer tables plus every overview query, end to end.
    let importMs = 0;
    await rec.step('import', async () => {
      // The summary as importInto runs it: in the same hash slices on big data.
      const slices = summarySlices(ds.rows);
      const summary = Array.from({ length: slices }, (_, k) => importSummarySql('transactions', { k, of: slices }));
      importMs = await withTimeout(timed(async () => {
        await runAll(db(), [nativeImportSql(ds.path)]);
        let orders = 0;
        for (const sql of summary) orders += Number((await db().runAndReadAll(sql)).getRowObjects()[0]?.orders ?? 0);
        // The mark importInto puts on a table whose lines are all orders of their own.
        const rows = Number((await db().runAndReadAll('SELECT count(*) AS n FROM transactions')).getRows()[0][0]);
        if (orders === rows) await runAll(db(), [linesAreOrdersSql('transactions')]);
      }), left(), 'native import');
      return { ms: importMs };
    }, true);
    await rec.step('overview_total', async () => {
      const rest = await withTimeout(timed(async () => runAll(db(), [...(await overviewStatements(db())), ...recordOverviewSql(null)])), left(), 'native overview');
      return { ms: importMs + rest };
    });
    if (mode.overviewOnly) return rec.results;
    const rfm = await sql.rfm(ds.rows, async () => String((await db().runAndReadAll(`SELECT (${refDateSql()})::VARCHAR AS d`)).getRows()[0][0]), await linesAreOrders(db()));
    await rec.step('rfm', step(() => runAll(db(), rfm), opts.repeat));
    await rec.step('pyramid', step(() => runAll(db(), sql.pyramid), opts.repeat));
    const cohorts = await sql.cohorts(ds.rows, async () => String((await db().runAndReadAll(`SELECT (${refDateSql()})::VARCHAR AS d`)).getRows()[0][0]));
    await rec.step('cohorts', step(() => runAll(db(), cohorts), opts.repeat));
    await rec.step('selection', async () => {
      // The selection pre-aggregation the engine builds once the overview is drawn (not timed
      // here, as in the page); like prepareSelectionCells, with no segment kinds.
      const segmentColumns: string[] = [];
      await withTimeout(runAll(db(), selectionCellsSql(segmentColumns)), left(), 'native selection cells');
      const clicks: number[] = [];
      // The all-customer totals are read once when the cells are built; the recording needs none.
      const statements = recordOverviewSql(SELECTION, { segmentColumns, all: { customers: 0, revenue: 0, refDate: null } });
      for (let i = 0; i < SELECTION_CLICKS; i++) clicks.push(await withTimeout(timed(() => runAll(db(), statements)), left(), 'native selection'));
      return { ms: median(clicks) };
    });
    rec.results.clv_fit = { ms: null };
  } finally {
    conn?.interrupt();
    conn?.closeSync();
    instance?.closeSync();
  }
  return rec.results;
}
