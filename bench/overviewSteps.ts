/**
 * `npx tsx bench/overviewSteps.ts [csv] [--runs N]`: the engine's part of overview_total in Node
 * (DuckDB-WASM, one thread, as in the page's worker), step by step: the import with its own
 * steps, each statement prepareOverview runs, each query overview(null) runs. The browser adds
 * messaging and drawing (npm run bench prints those); this shows where the engine's time goes
 * and serves A/B comparisons of SQL changes without a browser. Medians of the runs.
 */
import { openAsBlob } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Table } from 'apache-arrow';
import { Engine } from '../workers/engine';
import { openNodeDuckDB } from '../workers/db/node-duckdb';
import { linesAreOrdersSql } from '../workers/import/linesAreOrdersSql';
import { overviewData } from '../workers/overview/overviewData';
import { prepareOverviewSql } from '../workers/overview/prepareOverviewSql';
import { median } from './median';

const args = process.argv.slice(2);
const csv = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'bench/out/tx-1000000.csv');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const blob = await openAsBlob(csv);
const times: Record<string, number[]> = {};
const add = (k: string, ms: number) => (times[k] ??= []).push(ms);

for (let run = 0; run < runs; run++) {
  // A fresh engine per run, as a page's first import meets a fresh worker.
  const engine = await Engine.open(openNodeDuckDB);
  const t0 = performance.now();
  const report = await engine.importFile(blob, { today: new Date().toISOString().slice(0, 10) });
  add('import', performance.now() - t0);
  for (const [k, v] of Object.entries(report.steps ?? {})) add(`  import.${k}`, v);
  if (report.fast_path_fallback) console.error(`fast path given up: ${report.fast_path_fallback}`);
  const names = ['customer_rfm', 'customer_periods', 'drop saved cuts'];
  const t1 = performance.now();
  // prepareOverview's statements one by one (one part: up to 4M rows, see overviewParts).
  // As prepareOverview does: lines read as orders when the import marked the table so.
  const lines = engine.query(linesAreOrdersSql.read('transactions')).getChild('yes')?.get(0) === true;
  prepareOverviewSql({ linesAreOrders: lines }).forEach((sql, i) => {
    const s = performance.now();
    engine.exec(sql);
    add(`  prepare.${names[i] ?? i}`, performance.now() - s);
  });
  add('prepareOverview', performance.now() - t1);
  let k = 0;
  const timing = {
    query(sql: string): Table {
      const s = performance.now();
      const out = engine.query(sql);
      add(`  overview.q${k++}: ${sql.replace(/\s+/g, ' ').slice(0, 40)}`, performance.now() - s);
      return out;
    },
  };
  const t2 = performance.now();
  overviewData(timing, null);
  add('overview(null)', performance.now() - t2);
  add('total', performance.now() - t0);
  console.error(`run ${run + 1}/${runs}: ${Math.round(performance.now() - t0)} ms, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  engine.db.reset();
}
for (const [k, v] of Object.entries(times)) console.log(`${k.padEnd(60)} ${median(v).toFixed(0).padStart(6)} ms`);
process.exit(0);
