import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The three on-demand files of shared/tools/make-bad-big.mjs, by its `--only` name. */
export type BadBigKind = 'big' | 'cell' | 'corrupt';

const FILES: Record<BadBigKind, { csv: string; meta: string }> = {
  big: { csv: 'big_2gb.csv', meta: 'big_2gb.meta.json' },
  cell: { csv: 'huge_cell_20mb.csv', meta: 'huge_cell_20mb.meta.json' },
  corrupt: { csv: 'corrupt_5m.csv', meta: 'corrupt_5m.meta.json' },
};

// ../shared beside the repository, found from this file so a fresh clone at the same place works.
const TOOL = fileURLToPath(new URL('../../../shared/tools/make-bad-big.mjs', import.meta.url));

/**
 * Where the generated files live: outside git, kept between runs (they are deterministic, so a
 * complete set is reused). SEGBOOK_BIG_DIR overrides it.
 */
export const BAD_BIG_DIR = process.env.SEGBOOK_BIG_DIR ?? join(tmpdir(), 'segbook-bad-big');

/** A generated file: its path and its sidecar (what a correct import gives). */
export interface BadBigFile {
  path: string;
  meta: Record<string, unknown> & { bytes: number; rows: number };
}

/**
 * Generates `kind` with make-bad-big.mjs (seed 42) once, and reuses it afterwards. A marker file
 * written after the generator finished says the set is complete, so a run killed half-way
 * (a truncated 2 GB file) is generated again rather than trusted.
 */
export function badBigFile(kind: BadBigKind): BadBigFile {
  const { csv, meta } = FILES[kind];
  const done = join(BAD_BIG_DIR, `${csv}.done`);
  if (!existsSync(done)) {
    mkdirSync(BAD_BIG_DIR, { recursive: true });
    rmSync(join(BAD_BIG_DIR, csv), { force: true });
    execFileSync(process.execPath, [TOOL, '--outdir', BAD_BIG_DIR, '--only', kind, '--seed', '42'], { stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(done, new Date().toISOString());
  }
  return { path: join(BAD_BIG_DIR, csv), meta: JSON.parse(readFileSync(join(BAD_BIG_DIR, meta), 'utf8')) };
}

/** The corrupt lines of corrupt_5m.csv as listed by its errors file: line -> kind. */
export function corruptLines(): Map<number, string> {
  badBigFile('corrupt');
  const text = readFileSync(join(BAD_BIG_DIR, 'corrupt_5m.errors.csv'), 'utf8');
  const lines = new Map<number, string>();
  for (const row of text.split('\n').slice(1)) {
    if (row === '') continue;
    const [line, kind] = row.split(',');
    lines.set(Number(line), kind);
  }
  return lines;
}
