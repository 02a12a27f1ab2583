import { Engine } from '../../../../workers/engine';
import { fastImport } from '../../../../workers/import/fast/fastImport';
import { fastImportEligible } from '../../../../workers/import/fast/fastImportEligible';
import { readBytes } from '../../../../workers/import/readBytes';
import { sniffFile } from '../../../../workers/import/sniffFile';
import { SNIFF_BYTES } from '../../../../workers/import/sniffWithRecords';
import { TextImporter } from '../../../../workers/ingest/TextImporter';
import type { ImportOptions, IngestReport } from '../../../../workers/ingest/types';

/** Both paths over one file: the TypeScript ingest's report and table, and the fast path's. */
export interface Comparison {
  eligible: boolean | string;
  /** Why the fast path fell back (undefined when it did not). */
  fallback?: string;
  ts: IngestReport;
  fast: IngestReport | null;
  /** Rows in one table and not the other (EXCEPT ALL both ways), as JSON, at most 5 each. */
  onlyTs: string[];
  onlyFast: string[];
  rows: number;
}

/**
 * Runs the TypeScript path (engine.importFile into `ts_<n>`, and TextImporter alone for its
 * ingest report) and the fast path (into `fast_<n>`) over `file`, and compares the tables.
 * `force` runs the fast path even when fastImportEligible says no; `pieceBytes` makes the fast
 * path read the file in pieces of about that size and run its duplicate test in slices of 7 rows,
 * with a CHECKPOINT after each piece (so the amounts' decimals are kept, as on a big file; without
 * pieces every amount's hash is, as on a small file: FastInsertPiece.hashAmounts);
 * `onStep` hears the fast path's step names.
 */
export async function compareImports(engine: Engine, file: File, options: ImportOptions = {}, pieceBytes?: number, force = false, onStep?: (step: string) => void): Promise<Comparison> {
  const n = Math.random().toString(36).slice(2, 8);
  const opts = { today: '2026-06-30', ...options };
  // fastPath: false, or importFile would take the fast path itself and the tables would agree trivially.
  await engine.importFile(file, { ...opts, fastPath: false }, undefined, `ts_${n}`);
  const sniff = await sniffFile(file, opts, file.name);
  const mapping = { ...sniff.mapping, ...opts.mapping };
  const importer = new TextImporter({ ...sniff, mapping }, { ...opts, mapping });
  for (let o = 0; o < file.size; o += 4 << 20) importer.push(await readBytes(file, o, o + (4 << 20)));
  const ts = importer.finish().report;

  const eligible = fastImportEligible(sniff, opts, await readBytes(file, 0, SNIFF_BYTES));
  let fallback: string | undefined;
  let fast: IngestReport | null = null;
  if (eligible === true || force) {
    const attributes = Object.keys(mapping).filter((h) => mapping[h] === 'attribute');
    fast = await fastImport(engine, file, { name: file.name, sniff, options: opts, mapping, staging: `fast_${n}`, attributes, pieceBytes, sliceRows: pieceBytes === undefined ? undefined : 7, checkpoint: pieceBytes !== undefined, onFallback: (w) => { fallback = w; }, onStep });
  }
  let onlyTs: string[] = [], onlyFast: string[] = [], rows = 0;
  const tables = engine.tables();
  if (fast && tables.includes(`ts_${n}`)) {
    const diff = (a: string, b: string) => engine.query(`SELECT * FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b}) ORDER BY line LIMIT 5`).toArray().map((r) => JSON.stringify(r.toJSON()));
    onlyTs = diff(`ts_${n}`, `fast_${n}`);
    onlyFast = diff(`fast_${n}`, `ts_${n}`);
    rows = Number(engine.query(`SELECT count(*) AS n FROM fast_${n}`).toArray()[0].toJSON().n);
  }
  engine.exec(`DROP TABLE IF EXISTS ts_${n}; DROP TABLE IF EXISTS fast_${n}`);
  return { eligible, fallback, ts, fast, onlyTs, onlyFast, rows };
}
