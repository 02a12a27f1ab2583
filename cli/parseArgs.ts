import type { ImportOptions, Role } from '../workers/ingest/types';

export const ANALYSES = ['import', 'rfm', 'pyramid', 'cohorts', 'clv', 'lifecycle', 'matrix', 'basket', 'contribution'] as const;
export type AnalysisName = (typeof ANALYSES)[number];

/** The headless door's options (CONTRACT.md, "Command"). */
export interface AnalyzeArgs {
  inputs: string[];
  importOptions: ImportOptions;
  refDate?: string;
  analyses: AnalysisName[];
  calibrationEnd?: string;
  clvUnit: 'day' | 'week' | 'month';
  customersOut?: string;
  /** The imported rows (line + role columns) as CSV, to check an import line by line. */
  rowsOut?: string;
  out?: string;
  engine: 'wasm' | 'native';
  /** Native engine only: keep the imported tables in this DuckDB database file. */
  database?: string;
}

/** An argument the door cannot accept; exit status 2 with the message. */
export class UsageError extends Error {}

const DELIMITERS: Record<string, string> = { tab: '\t', space: ' ', ',': ',', ';': ';', '|': '|', auto: 'auto' };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Parse `npm run analyze -- ...` arguments. */
export function parseArgs(argv: string[]): AnalyzeArgs {
  const args: AnalyzeArgs = { inputs: [], importOptions: {}, analyses: ['import'], clvUnit: 'week', engine: 'wasm' };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    switch (flag) {
      case '--input': args.inputs.push(value(i++, flag)); break;
      case '--map': args.importOptions.mapping = parseMap(value(i++, flag)); break;
      case '--encoding': args.importOptions.encoding = value(i++, flag).toLowerCase(); break;
      case '--delimiter': {
        const d = value(i++, flag);
        const mapped = DELIMITERS[d];
        if (!mapped) throw new UsageError(`invalid delimiter: ${d} (expected auto, ",", ";", "|", tab or space)`);
        args.importOptions.delimiter = mapped;
        break;
      }
      case '--ref-date': args.refDate = date(value(i++, flag), flag); break;
      case '--calibration-end': args.calibrationEnd = date(value(i++, flag), flag); break;
      case '--analysis': args.analyses = parseAnalyses(value(i++, flag)); break;
      case '--clv-unit': {
        const u = value(i++, flag);
        if (u !== 'day' && u !== 'week' && u !== 'month') throw new UsageError(`invalid --clv-unit: ${u} (expected day, week or month)`);
        args.clvUnit = u;
        break;
      }
      case '--customers-out': args.customersOut = value(i++, flag); break;
      case '--rows-out': args.rowsOut = value(i++, flag); break;
      case '--out': args.out = value(i++, flag); break;
      case '--engine': {
        const e = value(i++, flag);
        if (e !== 'wasm' && e !== 'native') throw new UsageError(`invalid --engine: ${e} (expected wasm or native)`);
        args.engine = e;
        break;
      }
      case '--database': args.database = value(i++, flag); break;
      default: throw new UsageError(`unknown argument: ${flag}`);
    }
  }
  if (args.inputs.length === 0) throw new UsageError('--input FILE is required');
  if (args.database !== undefined && args.engine !== 'native') throw new UsageError('--database needs --engine native (the wasm engine keeps its tables in memory)');
  return args;
}

function date(v: string, flag: string): string {
  if (!ISO.test(v) || Number.isNaN(Date.parse(v))) throw new UsageError(`invalid ${flag}: ${v} (expected YYYY-MM-DD)`);
  return v;
}

function parseMap(spec: string): Record<string, Role> {
  const mapping: Record<string, Role> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 1) throw new UsageError(`invalid --map entry: ${part} (expected role=column)`);
    // SAFETY: the role is checked by the importer, which names an unknown role in its refusal.
    mapping[part.slice(eq + 1).trim()] = part.slice(0, eq).trim() as Role;
  }
  return mapping;
}

function parseAnalyses(spec: string): AnalysisName[] {
  const names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.includes('all')) return [...ANALYSES];
  for (const n of names) {
    if (!(ANALYSES as readonly string[]).includes(n)) throw new UsageError(`unknown analysis: ${n} (expected ${ANALYSES.join(', ')} or all)`);
  }
  // The import always runs: the other analyses read what it loaded.
  return ['import', ...(names.filter((n) => n !== 'import') as AnalysisName[])];
}
