import { writeFile } from 'node:fs/promises';
import { customerTableSql } from '../src/lib/sql/customerTableSql';
import type { DoorEngine } from './DoorEngine';
import { tableCsv } from './tableCsv';
import type { AnalysisName } from '../workers/analyses/AnalyzeRequest';
import type { AnalyzeArgs } from './parseArgs';

/** Run the analyses asked for after the import; each adds its CONTRACT.md key. */
export async function runAnalyses(engine: DoorEngine, args: AnalyzeArgs): Promise<Record<string, unknown>> {
  const analyses = args.analyses.filter((a): a is AnalysisName => a !== 'import');
  // --customers-out carries CLV, so the models run whenever it is asked for.
  const wanted = args.customersOut && !analyses.includes('clv') ? [...analyses, 'clv' as const] : analyses;
  const all = engine.analyze({ analyses: wanted, refDate: args.refDate, calibrationEnd: args.calibrationEnd, clvUnit: args.clvUnit });
  const out: Record<string, unknown> = {};
  for (const name of analyses) out[name] = all[name];
  if (args.customersOut) await writeFile(args.customersOut, customersCsv(engine, args.refDate));
  return out;
}

function customersCsv(engine: DoorEngine, refDate?: string): string {
  const hasClv = engine.tables().includes('customer_clv');
  return tableCsv(engine, customerTableSql({ refDate, ...(hasClv ? { clv: { table: 'customer_clv', column: 'clv' } } : {}) }));
}
