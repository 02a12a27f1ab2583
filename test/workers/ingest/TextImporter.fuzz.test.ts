import { beforeAll, describe, expect, it } from 'vitest';
import { sniff } from '../../../workers/ingest/sniff';
import { TextImporter } from '../../../workers/ingest/TextImporter';
import { decodeWindows1252 } from '../../../workers/ingest/decodeWindows1252';
import type { IngestReport, SniffResult } from '../../../workers/ingest/types';
import { Engine } from '../../../workers/engine';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { mutate, rng, validCsv } from './mutateCsv';
import { isBlankRef, physicalLines, referenceRecords } from './referenceRecords';

// Thousands of valid CSVs damaged at random (cut, duplicated, re-encoded bytes, stray quotes,
// delimiters and line breaks) through the TypeScript ingest, the path that non-UTF-8 and awkward
// files take. Seeded: a failure prints its seed and bytes, and `SEED=n` replays that case alone.

const CASES = 3000;
const TODAY = '2026-06-30';

interface Outcome {
  sniff: SniffResult;
  report: IngestReport;
  importedLines: number[];
  /** Imported text values with U+FFFD: a character lost silently. */
  replaced: string[];
  /** Imported text values by line, in header order (text roles and attributes; null = empty). */
  textValues: Map<number, Map<string, string | null>>;
}

/** Sniff, then stream the bytes through a TextImporter in random-sized chunks. */
function ingest(bytes: Uint8Array, r: () => number): Outcome {
  const s = sniff(bytes.subarray(0, 64 * 1024), { today: TODAY }, 'fuzz.csv');
  const importer = new TextImporter(s, { today: TODAY });
  const importedLines: number[] = [];
  const replaced: string[] = [];
  const textValues = new Map<number, Map<string, string | null>>();
  const take = (b: ReturnType<TextImporter['push']>) => {
    if (!b) return;
    importedLines.push(...b.line);
    b.line.forEach((line, i) => {
      const values = new Map<string, string | null>();
      for (const [role, v] of Object.entries(b.text)) values.set(role, v![i]);
      for (const [header, v] of Object.entries(b.attributes)) values.set(header, v[i]);
      textValues.set(line, values);
    });
    for (const values of [...Object.values(b.text), ...Object.values(b.attributes)]) {
      for (const v of values ?? []) if (v?.includes('\uFFFD')) replaced.push(v);
    }
  };
  for (let o = 0; o < bytes.length;) {
    const size = 1 + Math.floor(r() * (r() < 0.5 ? 16 : 4096));
    take(importer.push(bytes.subarray(o, o + size)));
    o += size;
  }
  const done = importer.finish();
  take(done.batch);
  return { sniff: s, report: done.report, importedLines, replaced, textValues };
}

/** What is wrong with one case's result, or null. */
function check(bytes: Uint8Array, { sniff: s, report, importedLines, replaced, textValues }: Outcome): string | null {
  if (s.refused !== undefined) {
    if (!s.refused.trim()) return 'refused without a message';
    return report.outcome === 'refused' && report.rows_imported === 0 ? null : 'a refused sniff imported rows';
  }
  const excluded = report.rows_excluded ?? report.excluded.length;
  if (report.rows_read !== report.rows_imported + report.rows_rejected + excluded) {
    return `rows_read ${report.rows_read} != ${report.rows_imported} imported + ${report.rows_rejected} rejected + ${excluded} excluded`;
  }
  if (importedLines.length !== report.rows_imported) return `${importedLines.length} rows in the batches, ${report.rows_imported} reported`;
  if (report.rejected.length !== report.rows_rejected || report.excluded.length !== excluded) return 'a line list is shorter than its count';
  if (report.outcome === 'refused' && !report.message.trim()) return 'refused without a message';
  if (replaced.length > 0) return `imported U+FFFD (a character that could not be decoded): ${JSON.stringify(replaced[0])}`;
  if (report.rejected.some((n) => !n.reason.trim()) || report.excluded.some((n) => !n.reason.trim())) return 'a line noted without a reason';

  // Node's TextDecoder maps windows-1252's 0x80-0x9F to control characters (nodejs/node#60888).
  const text = s.encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(s.encoding).decode(bytes);
  const last = physicalLines(text);
  const data = [...importedLines, ...report.rejected.map((n) => n.line), ...report.excluded.map((n) => n.line)];
  const seen = new Set<number>();
  for (const line of [...data, ...report.blank_lines]) {
    if (!Number.isInteger(line) || line <= s.headerLine || line > last) return `line ${line} outside ${s.headerLine + 1}..${last}`;
    if (seen.has(line)) return `line ${line} accounted for twice`;
    seen.add(line);
  }

  // The independent count, where the plain reader applies (no runaway quote, no "runs of spaces").
  if (s.delimiter === ' ') return null;
  const records = referenceRecords(text, s.delimiter, s.quote ?? '"', true);
  if (!records) return null;
  const after = records.filter((rec) => rec.line > s.headerLine);
  const want = after.filter((rec) => !isBlankRef(rec.fields)).map((rec) => rec.line);
  const got = data.sort((a, b) => a - b);
  if (want.join() !== got.join()) return `data records at lines [${want.join()}], the report accounts for [${got.join()}]`;
  const blanks = after.filter((rec) => isBlankRef(rec.fields)).map((rec) => rec.line);
  if (blanks.join() !== report.blank_lines.join()) return `blank lines [${blanks.join()}], reported [${report.blank_lines.join()}]`;
  // The values too: each imported text value is the reference's field, trimmed (lines decoded another way aside).
  const columns = s.headers.map((h, c) => [s.mapping[h] === 'attribute' ? h : s.mapping[h], c] as const);
  const repaired = new Set(report.invalid_encoding_lines ?? []);
  for (let k = 0; k < after.length; k++) {
    const rec = after[k];
    const values = textValues.get(rec.line);
    const end = after[k + 1]?.line ?? last + 1;
    let decodedAnotherWay = false;
    for (let line = rec.line; line < end && !decodedAnotherWay; line++) decodedAnotherWay = repaired.has(line);
    if (!values || decodedAnotherWay) continue;
    for (const [key, c] of columns) {
      if (!values.has(key)) continue;
      const want = (rec.fields[c] ?? '').trim();
      const got = (values.get(key) ?? '').trim();
      if (got !== want) {
        let d = 0;
        while (got[d] === want[d]) d++;
        return `line ${rec.line}, ${key}: ${JSON.stringify(got.slice(Math.max(0, d - 20), d + 40))}, the reference reads ${JSON.stringify(want.slice(Math.max(0, d - 20), d + 40))} (from character ${d}; lengths ${got.length} and ${want.length})`;
      }
    }
  }
  return null;
}

function describeCase(seed: number, bytes: Uint8Array, problem: string): string {
  const shown = Buffer.from(bytes.subarray(0, 2000)).toString('base64');
  return `seed ${seed}: ${problem}\n  ${JSON.stringify(new TextDecoder().decode(bytes.subarray(0, 600)))}\n  base64: ${shown}${bytes.length > 2000 ? '...' : ''}`;
}

/** Every 50th case is a file of about 150 KB, so damage can fall past the 64 KB the sniff reads. */
function caseBytes(seed: number): Uint8Array {
  const r = rng(seed);
  return mutate(validCsv(r, seed % 50 === 0 ? 3000 : undefined), r);
}

describe('TextImporter, fuzzed with damaged CSVs', () => {
  const only = process.env.SEED ? [Number(process.env.SEED)] : null;

  it(`TextImporter.push() never throws and accounts for every data line of ${CASES} damaged files`, () => {
    const failures: string[] = [];
    for (const seed of only ?? Array.from({ length: CASES }, (_, k) => k + 1)) {
      const bytes = caseBytes(seed);
      let problem: string | null;
      try {
        problem = check(bytes, ingest(bytes, rng(seed * 7 + 1)));
      } catch (e) {
        problem = `threw ${e instanceof Error ? e.stack : String(e)}`;
      }
      if (problem) failures.push(describeCase(seed, bytes, problem));
      if (failures.length >= 5) break;
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  describe('through the engine (DuckDB), fastPath: false', () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await Engine.open(openNodeDuckDB);
    });

    it('Engine.importFile() imports exactly the reported rows of every 20th damaged file, or refuses it with a message', async () => {
      const failures: string[] = [];
      for (const seed of only ?? Array.from({ length: CASES / 20 }, (_, k) => 20 * k + 1)) {
        const bytes = caseBytes(seed);
        try {
          const report = await engine.importFile(new File([bytes.slice()], 'fuzz.csv'), { today: TODAY, fastPath: false }, undefined, 'fuzzed');
          if (report.outcome === 'refused') {
            if (!report.message.trim()) failures.push(describeCase(seed, bytes, 'refused without a message'));
            continue;
          }
          const row = engine.query('SELECT count(*) AS n, count(DISTINCT line) AS lines FROM fuzzed').toArray()[0].toJSON();
          if (Number(row.n) !== report.rows_imported || Number(row.lines) !== report.rows_imported) {
            failures.push(describeCase(seed, bytes, `table has ${row.n} rows (${row.lines} lines), report says ${report.rows_imported}`));
          }
        } catch (e) {
          failures.push(describeCase(seed, bytes, `threw ${e instanceof Error ? e.message : String(e)}`));
        }
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  });
});
