import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { ANALYSIS_NAMES } from '../../workers/analyses/AnalyzeRequest';
import { expectClose } from '../helpers/expectClose';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

interface Door {
  status: number;
  json: Record<string, unknown> | null;
  stderr: string;
}

/** `npm run analyze -- ...args` as a script calls it: exit status, the JSON on stdout, stderr. */
async function door(args: string[]): Promise<Door> {
  try {
    const { stdout, stderr } = await run(TSX, ['cli/analyze.ts', ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { status: 0, json: JSON.parse(stdout), stderr };
  } catch (e) {
    // SAFETY: execFile rejects with the child's exit code and output attached.
    const err = e as { code: number; stdout: string; stderr: string };
    return { status: err.code, json: err.stdout ? JSON.parse(err.stdout) : null, stderr: err.stderr };
  }
}

/**
 * The per-customer CSV as rows of cells, numbers parsed, by customer id. Native DuckDB adds a
 * customer's amounts in parallel, so a sum may differ in the last bit (CDNOW customer 1767:
 * 55.88 on wasm, 55.879999999999995 on native) and customers of equal value can swap places in
 * the file's value order; the rows themselves must agree.
 */
function customers(path: string): (string | number)[][] {
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split('\r\n').map((line) => line.split(',').map((c) => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c)));
  return [head!, ...rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))];
}

describe('npm run analyze -- --engine native', () => {
  for (const file of ['cdnow_sample.csv', 'shop_400.csv']) {
    it(`analyze --engine native --analysis all gives the wasm door's JSON and customer table for golden/${file}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'segbook-native-door-'));
      const input = join(DATA, 'golden', file);
      const common = ['--input', input, '--analysis', 'all', '--ref-date', '2025-01-01'];
      const [w, n] = await Promise.all([
        door([...common, '--customers-out', join(dir, 'wasm.csv')]),
        door([...common, '--engine', 'native', '--customers-out', join(dir, 'native.csv')]),
      ]);
      expect([w.status, n.status]).toEqual([0, 0]);
      expect(Object.keys(n.json!)).toEqual(['version', 'import', ...ANALYSIS_NAMES]);
      // Fits agree to the optimiser's tolerance (native's parallel sums move their inputs' last bits;
      // Gamma-Gamma's likelihood is flat along a ridge, so its parameters agree to ~1e-6).
      expectClose(n.json, w.json, 1e-5);
      expect(n.stderr).toContain('(native DuckDB)');
      const [cw, cn] = [customers(join(dir, 'wasm.csv')), customers(join(dir, 'native.csv'))];
      expect(cn.length).toBeGreaterThan(100);
      expectClose(cn, cw, 1e-6);
    });
  }

  for (const file of ['empty.csv', 'png_renamed.csv', 'header_only.csv']) {
    it(`analyze --engine native refuses bad/${file} with the wasm door's status and message`, async () => {
      const args = ['--input', join(DATA, 'bad', file), '--analysis', 'rfm'];
      const [w, n] = await Promise.all([door(args), door([...args, '--engine', 'native'])]);
      expect(w.status).toBe(2);
      expect(n.status).toBe(2);
      expect(n.json).toHaveProperty('import.outcome', 'refused');
      expectClose(n.json, w.json);
    });
  }

  it('analyze --database without --engine native exits 2 naming the option', async () => {
    const r = await door(['--input', join(DATA, 'golden', 'shop_400.csv'), '--database', join(tmpdir(), 'x.duckdb')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--database needs --engine native');
  });

  it('analyze --engine native --database FILE leaves transactions and customer_clv in FILE for the DuckDB CLI', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'segbook-native-db-')), 'shop.duckdb');
    const r = await door(['--input', join(DATA, 'golden', 'shop_400.csv'), '--analysis', 'clv', '--engine', 'native', '--database', db]);
    expect(r.status).toBe(0);
    expect(existsSync(db)).toBe(true);
    const conn = await (await DuckDBInstance.create(db)).connect();
    const counts = (await conn.runAndReadAll('SELECT (SELECT count(*) FROM transactions) AS t, (SELECT count(*) FROM customer_clv) AS c')).getRowObjectsJS()[0]!;
    expect(Number(counts.t)).toBe((r.json!.import as { rows_imported: number }).rows_imported);
    expect(Number(counts.c)).toBe((r.json!.clv as { customers: number }).customers);
    conn.closeSync();
  });
});
