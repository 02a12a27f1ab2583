/**
 * `npm run bench`: the browser engine against native DuckDB on generated transactions, per size.
 * Results are written after every size (JSON + bench.md), so a run cut short keeps what it has;
 * a size that fails in either engine is recorded with its error and the bench goes on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp, startBrowserApp, type BrowserApp } from './browserApp';
import { clvFitLines, runClvFitBench } from './clvFit';
import { ensureDataset, type Dataset } from './ensureDataset';
import { errorMessage } from './errorMessage';
import { markdownTable, textTable } from './formatTable';
import { loadNote, machineInfo } from './machineInfo';
import { mergeRuns } from './mergeRuns';
import { methodNotes } from './notes';
import { parseBenchArgs } from './parseBenchArgs';
import { runBrowser } from './runBrowser';
import { runNative } from './runNative';
import { stepSql } from './stepSql';
import { STEPS, type BenchReport, type SizeResults } from './types';

const OUT_DIR = 'bench/out';
/** Where the app is built and served from; SEGBOOK_BENCH_APP serves another build (A/B runs, with --no-build). */
const APP_DIR = process.env.SEGBOOK_BENCH_APP ?? path.join(OUT_DIR, 'app');

const log = (line: string) => console.error(line);

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  mkdirSync(OUT_DIR, { recursive: true });
  mkdirSync(path.dirname(args.out), { recursive: true });
  const mdPath = path.join(path.dirname(args.out), `${path.basename(args.out, '.json')}.md`);
  const sql = stepSql();

  let app: BrowserApp | undefined;
  if (args.browser) {
    if (args.build) {
      log(`building the app into ${APP_DIR}…`);
      await buildApp(path.resolve(APP_DIR));
    }
    app = await startBrowserApp(path.resolve(APP_DIR));
  }
  const report: BenchReport = { version: 1, machine: machineInfo(app?.browser.version() ?? null), runs: [] };
  const sizeNotes: string[] = [`Load average at start: ${loadNote()}.`];
  const save = () => {
    writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(mdPath, markdownTable(report, [...methodNotes(args.repeat), ...sizeNotes]));
  };

  try {
    for (const size of args.sizes) {
      log(`\n== ${size.toLocaleString('en-US')} rows (load ${loadNote()})`);
      let ds: Dataset;
      try {
        ds = await ensureDataset(size, OUT_DIR, log);
      } catch (e) {
        const error = `cannot generate data: ${errorMessage(e)}`;
        log(error);
        report.runs.push(...mergeRuns(size, {}, {}).map((r) => ({ ...r, error })));
        save();
        continue;
      }
      log(`  ${ds.path}: ${ds.rows.toLocaleString('en-US')} rows, ${(ds.bytes / 1e6).toFixed(1)} MB`);
      // Browser first, then native: never both at once on a 2-core machine.
      const browser: SizeResults = app
        ? await runBrowser(app.browser, app.url, ds, sql, args, log).catch((e) => fail(e, 'browser'))
        : {};
      const native: SizeResults = args.native ? await runNative(ds, sql, args, log).catch((e) => fail(e, 'native')) : {};
      // The same import and overview on one thread, as DuckDB-WASM runs them: what of the ratio is the second core.
      const native1: SizeResults = args.native && args.oneThread
        ? await runNative(ds, sql, args, log, { threads: 1, overviewOnly: true }).catch((e) => fail(e, 'native 1 thread'))
        : {};
      report.runs.push(...mergeRuns(size, browser, native, native1));
      sizeNotes.push(`${size.toLocaleString('en-US')}: ${ds.rows.toLocaleString('en-US')} rows, ${ds.customers.toLocaleString('en-US')} customers, ${(ds.bytes / 1e6).toFixed(1)} MB CSV; load average after: ${loadNote()}.`);
      save();
    }
    if (app && process.env.SEGBOOK_BENCH_NO_CLV !== '1') {
      const clv = await runClvFitBench(app.browser, app.url, OUT_DIR, { repeat: args.repeat, timeoutMs: args.timeoutMs }, log);
      sizeNotes.push(...clvFitLines(clv));
      save();
      console.log(`\n${clvFitLines(clv).join('\n')}`);
    }
  } finally {
    await app?.close();
  }
  console.log(`\n${report.machine.browser}, ${report.machine.cpus} CPUs, ${report.machine.memory_gb} GB, Node ${report.machine.node}\n`);
  console.log(textTable(report));
  console.log(`\nwrote ${args.out} and ${mdPath}`);
}

/** A whole engine run that threw outside its steps: every step gets the error. */
function fail(e: unknown, side: string): SizeResults {
  const error = errorMessage(e);
  log(`  ${side} FAILED: ${error}`);
  return Object.fromEntries(STEPS.map((s) => [s, { ms: null, error }]));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
