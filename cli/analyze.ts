// The headless door (CONTRACT.md): the browser's engine code, run in Node on DuckDB-WASM's Node
// build, or with --engine native on native DuckDB (all cores, spilling to disk). Progress goes to
// stderr, the JSON result to --out or stdout.
import { openAsBlob } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Engine } from '../workers/engine';
import { openNodeDuckDB } from '../workers/db/node-duckdb';
import { NativeEngine } from '../workers/db/native/NativeEngine';
import type { ImportProgress, ImportReport } from '../workers/protocol';
import type { DoorEngine } from './DoorEngine';
import { parseArgs, UsageError, type AnalyzeArgs } from './parseArgs';
import { runAnalyses } from './runAnalyses';
import { tableCsv } from './tableCsv';
import { usage } from './usage';

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`analyze: ${e.message}\n(npm run analyze -- --help lists the options)\n`);
      return 2;
    }
    throw e;
  }
  const input = args.inputs[0]!;
  const blob = await openAsBlob(input);
  const file = new File([blob], path.basename(input));
  const progress = (p: ImportProgress) =>
    process.stderr.write(`analyze: read ${Math.round((100 * p.bytesRead) / Math.max(1, p.bytesTotal))}% (${p.rows} rows)\n`);
  if (args.engine === 'native') {
    const native = await NativeEngine.open({ database: args.database });
    try {
      process.stderr.write(`analyze: importing ${input} (native DuckDB)\n`);
      return await analyze(native, args, await native.importFile(file, args.importOptions, progress, input));
    } finally {
      await native.close();
    }
  }
  const engine = await Engine.open(openNodeDuckDB);
  process.stderr.write(`analyze: importing ${input}\n`);
  return analyze(engine, args, await engine.importFile(file, args.importOptions, progress));
}

/** The analyses after the import, and the JSON; the exit status. */
async function analyze(engine: DoorEngine, args: AnalyzeArgs, report: ImportReport): Promise<number> {
  const result: Record<string, unknown> = { version: 1, import: report };
  let status = 0;
  if (report.outcome === 'refused') {
    status = 2;
  } else {
    Object.assign(result, await runAnalyses(engine, args));
    if (args.rowsOut) await writeFile(args.rowsOut, tableCsv(engine, 'SELECT * REPLACE (order_date::VARCHAR AS order_date) FROM transactions ORDER BY line'));
  }
  const json = JSON.stringify(result, null, 2) + '\n';
  if (args.out) await writeFile(args.out, json);
  else process.stdout.write(json);
  return status;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`analyze: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
