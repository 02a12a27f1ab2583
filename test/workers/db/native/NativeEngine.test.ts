import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../../../../workers/engine';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { NativeEngine } from '../../../../workers/db/native/NativeEngine';
import { ANALYSIS_NAMES } from '../../../../workers/analyses/AnalyzeRequest';
import { readColumns } from '../../../../workers/analyses/readColumns';
import type { ImportReport } from '../../../../workers/protocol';
import { makeXlsx } from '../../ingest/fixtures/makeXlsx';
import { expectClose } from '../../../helpers/expectClose';

const DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../../../public/samples/', import.meta.url));
const MANIFEST = JSON.parse(readFileSync(`${DATA}bad/MANIFEST.json`, 'utf8')) as { files: { name: string }[] };
const OPTIONS = { today: '2026-06-30' };

let wasm: Engine;
let native: NativeEngine;
beforeAll(async () => {
  wasm = await Engine.open(openNodeDuckDB);
  native = await NativeEngine.open({ threads: 2 });
});
afterAll(async () => {
  await native?.close();
});

/** Import one file on both engines, by path on native as the door does. */
async function importBoth(path: string, name: string, options = OPTIONS): Promise<[ImportReport, ImportReport]> {
  const bytes = readFileSync(path);
  const w = await wasm.importFile(new File([bytes], name), options);
  const n = await native.importFile(new File([bytes], name), options, undefined, path);
  return [w, n];
}

const ROWS = 'SELECT * REPLACE (order_date::VARCHAR AS order_date) FROM transactions ORDER BY line';

/** The imported rows as plain values, every column. */
function rows(engine: Engine | NativeEngine): Record<string, unknown[]> {
  const t = engine.query(ROWS);
  return readColumns(t, t.schema.fields.map((f) => f.name));
}

describe('NativeEngine', () => {
  for (const { name } of MANIFEST.files) {
    it(`importFile() gives the wasm engine's report and rows for bad/${name}`, async () => {
      const [w, n] = await importBoth(`${DATA}bad/${name}`, name);
      expectClose(n, w);
      if (w.outcome === 'import') expect(rows(native)).toEqual(rows(wasm));
    });
  }

  it('importFile() reads an Excel workbook through the TypeScript ingest and appends the same rows', async () => {
    const book = makeXlsx({ Orders: [
      ['customer_id', 'order_date', 'amount', 'region'],
      ['c1', { serial: 45292 }, 12.5, '华东'],
      ['c2', { serial: 45293 }, 7, 'North'],
      ['c1', { serial: 45300 }, -3.25, null],
    ] });
    // A copy in a plain ArrayBuffer, which is what File takes.
    const bytes = new Uint8Array(book);
    const w = await wasm.importFile(new File([bytes], 'orders.xlsx'), OPTIONS);
    const n = await native.importFile(new File([bytes], 'orders.xlsx'), OPTIONS);
    expect(n.outcome).toBe('import');
    expectClose(n, w);
    expect(rows(native)).toEqual(rows(wasm));
    expect(rows(native).order_date).toEqual(['2024-01-01', '2024-01-02', '2024-01-09']);
  });

  for (const [dir, file] of [['golden', 'cdnow_sample.csv'], ['golden', 'shop_400.csv'], ['samples', 'shop-zh-CN.csv']] as const) {
    it(`analyze() gives the wasm engine's result for every analysis on ${file}`, async () => {
      const path = dir === 'golden' ? `${DATA}golden/${file}` : `${SAMPLES}${file}`;
      const piece = vi.spyOn(native.db, 'registerFileBuffer');
      const [w, n] = await importBoth(path, file);
      expect(n.outcome).toBe('import');
      // A clean UTF-8 CSV: native DuckDB's read_csv read it (the fast path), one 64 MB piece at a time.
      expect(piece).toHaveBeenCalledWith(expect.stringMatching(/^__fast_/), expect.any(Uint8Array));
      piece.mockRestore();
      expectClose(n, w);
      const req = { analyses: [...ANALYSIS_NAMES] };
      const a = native.analyze(req);
      for (const key of ANALYSIS_NAMES) expect(a[key], key).not.toHaveProperty('error');
      // Fitted parameters agree to the optimiser's tolerance, not to the last bit: native's parallel
      // sums move the fits' inputs in the 16th digit, BFGS stops near the optimum, and Gamma-Gamma's
      // likelihood is flat along a ridge in (p, q, gamma), so its parameters agree to ~1e-6.
      expectClose(a, wasm.analyze(req), 1e-5);
      // runClv wrote the per-customer table on both through insertIPC.
      const clv = 'SELECT * FROM customer_clv ORDER BY customer_id';
      expectClose(readColumns(native.query(clv), ['customer_id', 'p_alive', 'clv']), readColumns(wasm.query(clv), ['customer_id', 'p_alive', 'clv']), 1e-6);
    });
  }

  it('close() removes the spill and file directory it made under the system temporary directory', async () => {
    const other = await NativeEngine.open({ threads: 1 });
    const spill = String(readColumns(other.query("SELECT current_setting('temp_directory') AS t"), ['t']).t[0]);
    const scratch = dirname(spill);
    expect(scratch.startsWith(join(tmpdir(), 'segbook-native-'))).toBe(true);
    expect(existsSync(scratch)).toBe(true);
    await other.close();
    expect(existsSync(scratch)).toBe(false);
  });

  it('tables() lists the imported table and what the analyses wrote, as the wasm engine does', () => {
    expect(native.tables()).toEqual(wasm.tables());
    expect(native.tables()).toContain('transactions');
  });
});
