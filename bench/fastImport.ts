/**
 * `npx tsx bench/fastImport.ts [csv] [--runs N] [--no-ts]`: the import of one CSV in Node, four ways,
 * runs interleaved (the machine is shared), minimum and median per way:
 *   native      @duckdb/node-api, 2 threads, nativeImportSql (the reference the 1.5x is against)
 *   wasm csv    DuckDB-WASM's own read_csv into the transactions schema (the floor for any wasm import)
 *   fast        sniff + fastImport + the import summary, as importInto will run it
 *   ts          engine.importFile with the fast path off (the TypeScript ingest), once per run unless --no-ts
 * and checks once that fast and ts give the same report and the same rows (EXCEPT ALL both ways).
 */
import { openAsBlob } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { Engine } from '../workers/engine';
import { openNodeDuckDB } from '../workers/db/node-duckdb';
import { fastImport } from '../workers/import/fast/fastImport';
import { fastImportEligible } from '../workers/import/fast/fastImportEligible';
import { importSummarySql } from '../workers/import/importSummarySql';
import { readBytes } from '../workers/import/readBytes';
import { sniffFile } from '../workers/import/sniffFile';
import { storageSettings } from '../workers/import/storageSettings';
import { SNIFF_BYTES } from '../workers/import/sniffWithRecords';
import type { IngestReport } from '../workers/ingest/types';
import { nativeImportSql } from './nativeImportSql';

const args = process.argv.slice(2);
const csv = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'bench/out/tx-1000000.csv');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const withTs = !args.includes('--no-ts');
const options = { today: new Date().toISOString().slice(0, 10) };
const tsOptions = { ...options, fastPath: false };

const engine = await Engine.open(openNodeDuckDB);
const native = await (await DuckDBInstance.create(':memory:', { threads: '2' })).connect();
const blob = await openAsBlob(csv);
// As importInto: the file's storage regime (a small file is neither compressed nor checkpointed).
const storage = storageSettings({ bytes: blob.size });
for (const sql of storage.sql) engine.exec(sql);
const times: Record<string, number[]> = {};
const steps: Record<string, number[]> = {};
const time = async (way: string, work: () => Promise<unknown>) => {
  const t0 = performance.now();
  const out = await work();
  (times[way] ??= []).push(performance.now() - t0);
  return out;
};

async function fast(table: string): Promise<IngestReport> {
  const sniff = await sniffFile(blob, options, path.basename(csv));
  const eligible = fastImportEligible(sniff, options, await readBytes(blob, 0, SNIFF_BYTES));
  if (eligible !== true) throw new Error(`not eligible: ${eligible}`);
  const mapping = { ...sniff.mapping };
  const attributes = Object.keys(mapping).filter((h) => mapping[h] === 'attribute');
  let counted = false;
  const report = await fastImport(engine, blob, {
    name: path.basename(csv), sniff, options, mapping, staging: table, attributes, checkpoint: storage.checkpoint,
    onFallback: (why) => { throw new Error(`fell back: ${why}`); },
    onStep: (step, ms) => (steps[step] ??= []).push(ms),
    onCounts: () => (counted = true),
  });
  // As importInto: only the totals when the import counted customers and orders itself.
  engine.query(counted ? importSummarySql.totals(table) : importSummarySql(table)).toArray();
  return report!;
}

engine.db.registerFileURL('bench.csv', csv, 1, false);
for (let run = 0; run < runs; run++) {
  // Every way ends with the import summary (customers, orders, totals), as importInto and the
  // issue's native reference (bench/runNative.ts) do.
  await time('native', async () => {
    await native.run(nativeImportSql(csv));
    await native.runAndReadAll(importSummarySql('transactions'));
  });
  await time('wasm csv', async () => {
    engine.exec(nativeImportSql('bench.csv').replace('TABLE transactions', 'TABLE wasm_csv'));
    engine.query(importSummarySql('wasm_csv')).toArray();
  });
  await time('fast', () => fast('fast_tx'));
  if (run < runs - 1) engine.exec('DROP TABLE fast_tx');
  if (withTs && (run === 0 || runs <= 3)) await time('ts', () => engine.importFile(blob, tsOptions, undefined, 'ts_tx'));
  console.error(`run ${run + 1}/${runs} done, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

const stat = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return { min: Math.round(s[0]), median: Math.round(s[Math.floor(s.length / 2)]), runs: s.length };
};
const table = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stat(v)]));
console.log(JSON.stringify({ csv, rows: Number(engine.query('SELECT count(*) AS n FROM fast_tx').toArray()[0].toJSON().n), loadavg: loadavg(), ms: table, fastSteps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, stat(v)])) }, null, 2));
console.log(`fast / native: ${(table.fast.min / table.native.min).toFixed(2)} (min), ${(table.fast.median / table.native.median).toFixed(2)} (median)`);
console.log(`fast / wasm csv: ${(table.fast.min / table['wasm csv'].min).toFixed(2)} (min)`);

if (withTs) {
  const tsReport = await engine.importFile(blob, tsOptions, undefined, 'ts_check');
  const fastReport = await fast('fast_check');
  const summary = engine.query(importSummarySql('fast_check')).toArray()[0].toJSON();
  // The IngestReport's fields: engine.importFile adds the summary, its timing and steps.
  const pick = (r: Record<string, unknown>) => { const { ms: _ms, file_name: _f, customers: _c, orders: _o, total_amount: _t, first_date: _a, last_date: _b, steps: _s, ...rest } = r; return rest; };
  const sameReport = isDeepStrictEqual(pick(tsReport as never), pick(fastReport as never));
  const sameSummary = ['customers', 'orders', 'total_amount', 'first_date', 'last_date'].every((k) => String((tsReport as never)[k]) === String(summary[k]));
  const diff = (a: string, b: string) => Number(engine.query(`SELECT count(*) AS n FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})`).toArray()[0].toJSON().n);
  console.log(`same report: ${sameReport}, same summary: ${sameSummary}, rows only in ts: ${diff('ts_check', 'fast_check')}, only in fast: ${diff('fast_check', 'ts_check')}`);
}
process.exit(0);
