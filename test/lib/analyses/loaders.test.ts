import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Table } from 'apache-arrow';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { loadDataInfo } from '../../../src/lib/analyses/loadDataInfo';
import { loadSegments } from '../../../src/lib/analyses/loadSegments';
import { customersCsv, loadCustomerPage } from '../../../src/lib/analyses/loadCustomers';
import { loadLifecycle, loadMigration } from '../../../src/lib/analyses/loadLifecycle';
import { fitClv, loadClvDetails, loadDwyerInputs } from '../../../src/lib/analyses/loadClv';
import { loadMatrices } from '../../../src/lib/analyses/loadMatrices';
import { loadContribution, loadPairs } from '../../../src/lib/analyses/loadBaskets';
import { isFailed } from '../../../src/lib/analyses/parseClv';
import { defaultCalibrationEnd, defaultSnapshots } from '../../../src/lib/analyses/dates';
import { fitFailure } from '../../../src/lib/analyses/fitFailure';
import type { SegmentMap } from '../../../src/lib/sql/SegmentMap';
import { rfmCutsSql } from '../../../src/lib/sql/rfmCutsSql';
import { savedRfmCutsSql } from '../../../src/lib/sql/savedRfmCutsSql';
import { readColumns } from '../../../workers/analyses/readColumns';

/** The Node engine behind the page client's three async calls. */
function asClient(engine: Engine): AnalysisEngine {
  return {
    query: async (sql) => engine.query(sql),
    analyze: async (req) => engine.analyze(req),
    // The engine's own customer-list SQL, kept as a Table: Arrow IPC bytes from DuckDB's Node build
    // (a CommonJS copy of apache-arrow) do not decode with the ESM copy tests import.
    customerList: async (sel, limit) => {
      let table: Table | undefined;
      const ipc = engine.queryIPC;
      engine.queryIPC = (sql) => ((table = engine.query(sql)), new Uint8Array());
      try {
        engine.customerListIPC(sel, limit);
      } finally {
        engine.queryIPC = ipc;
      }
      return table!;
    },
  };
}

async function openWith(path: URL, name: string): Promise<Engine> {
  const engine = await Engine.open(openNodeDuckDB);
  const report = await engine.importFile(new File([readFileSync(path)], name));
  expect(report.outcome).toBe('import');
  engine.prepareOverview();
  return engine;
}

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);
const BAD = new URL('../../../../shared/data/bad/', import.meta.url);

describe('the analysis views\' loaders on the sample shop', () => {
  let engine: Engine;
  let client: AnalysisEngine;
  beforeAll(async () => {
    engine = await openWith(SHOP, 'shop.csv');
    client = asClient(engine);
  });

  it('loadDataInfo() states the reference date, range, counts and optional columns', async () => {
    const info = await loadDataInfo(client);
    expect(info).toMatchObject({ refDate: '2025-01-01', firstDate: '2022-01-01', lastDate: '2024-12-31', customers: 5000, attitudeColumn: null });
    expect(info.has).toEqual({ product: true, category: true, region: true, channel: true, margin: false });
    expect(info.orders).toBeGreaterThan(5000);
  });

  it('loadSegments() lists every segment of the three maps; each map adds up to all customers', async () => {
    const s = await loadSegments(client);
    expect(s.tables.map((t) => t.column)).toEqual(['segment_rfm10', 'segment_rf10', 'segment_cn8']);
    for (const t of s.tables) {
      expect(t.rows.reduce((a, r) => a + r.customers, 0)).toBe(5000);
      expect(t.rows.reduce((a, r) => a + r.revenue_share, 0)).toBeCloseTo(1, 9);
    }
    expect(s.tables[0]!.rows[0]!.segment).toBe('Champions');
    expect(s.tables[0]!.rows.at(-1)!.segment).toBe('Others');
    expect(s.cuts.r).toHaveLength(4);
  });

  it('loadSegments() reads the cut points a sliced build kept instead of taking the quantiles again', async () => {
    const computed = (await loadSegments(client)).cuts;
    expect(computed.m).toHaveLength(4);
    // What a sliced build keeps (prepareCustomerRfmSql), marked so the test sees which was read.
    engine.exec(`CREATE TEMP TABLE ${savedRfmCutsSql.TABLE} AS SELECT measure, k, cut + 1000 AS cut FROM (${rfmCutsSql()})`);
    try {
      const saved = (await loadSegments(client)).cuts;
      expect(saved.r).toEqual(computed.r.map((c) => c + 1000));
      expect(saved.m).toEqual(computed.m.map((c) => c + 1000));
    } finally {
      engine.exec(`DROP TABLE ${savedRfmCutsSql.TABLE}`);
    }
  });

  it('loadCustomerPage() gives the first rows of a selection and its size; customersCsv() all of it', async () => {
    const all = await loadCustomerPage(client, null, { limit: 100 });
    expect(all.rows).toBe(100);
    expect(all.total).toBe(5000);
    expect(all.names.slice(0, 2)).toEqual(['customer_id', 'r']);
    const sel = { source: 'segment' as const, keys: ['Champions'], column: 'segment_rfm10' };
    const champions = await loadCustomerPage(client, sel, { limit: 100 });
    const size = (await loadSegments(client)).tables[0]!.rows[0]!.customers;
    expect(champions.total).toBe(size);
    expect(new Set(champions.columns[champions.names.indexOf('segment_rfm10')])).toEqual(new Set(['Champions']));
    const csv = await customersCsv(client, sel);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(champions.names.join(','));
    expect(lines).toHaveLength(size + 1);
  });

  it('loadLifecycle() places every customer; loadMigration() moves everyone known at the second snapshot', async () => {
    const stages = await loadLifecycle(client);
    expect(stages.map((s) => s.stage)).toEqual(['exploration', 'formation', 'stability', 'decline', 'lost']);
    expect(stages.reduce((a, s) => a + s.customers, 0)).toBe(5000);
    const { before, after } = defaultSnapshots('2025-01-01');
    const moves = await loadMigration(client, before, after);
    expect(moves.reduce((a, m) => a + m.customers, 0)).toBe(5000);
    // customers first seen between the two snapshots come from 'none'
    const early = await loadMigration(client, '2022-06-01', after);
    expect(early.reduce((a, m) => a + m.customers, 0)).toBe(5000);
    expect(early.filter((m) => m.from === 'none').reduce((a, m) => a + m.customers, 0)).toBeGreaterThan(0);
  });

  it('fitClv() fits on all orders and on a calibration window, leaving customer_clv as of today', async () => {
    const run = await fitClv(client, { calibrationEnd: defaultCalibrationEnd('2022-01-01', '2024-12-31'), lastDate: '2024-12-31' });
    if (isFailed(run.full) || run.check === null || isFailed(run.check)) throw new Error('expected both fits');
    expect(run.full.calibration_end).toBe('2024-12-31');
    expect(isFailed(run.full.bgnbd) || isFailed(run.full.gamma_gamma)).toBe(false);
    expect(run.check.calibration_end).toBe('2024-01-01');
    expect(run.check.holdout.length).toBeGreaterThan(2);
    expect(run.full.holdout).toEqual([]);
    const d = await loadClvDetails(client, run.full, { sample: 1000, top: 5 });
    expect(d.values).toHaveLength(1000);
    expect(d.total).toBe(5000);
    expect(d.pAlive).toHaveLength(1000);
    expect(d.pAlive.every((p) => p.p_alive >= 0 && p.p_alive <= 1 && p.frequency >= 0)).toBe(true);
    expect(d.top.map((c) => c.clv)).toEqual([...d.top.map((c) => c.clv)].sort((a, b) => b - a));
    // the same sample every time
    expect((await loadClvDetails(client, run.full, { sample: 1000, top: 5 })).values).toEqual(d.values);
    const page = await loadCustomerPage(client, null, { limit: 3, clv: true });
    expect(page.names.slice(-2)).toEqual(['p_alive', 'clv']);
    expect(page.columns.at(-1)!.every((v) => typeof v === 'number')).toBe(true);
  });

  it('loadMatrices() places every customer, with the CLV or the trend as future value', async () => {
    for (const clv of [false, true]) {
      const m = await loadMatrices(client, { clv, attitudeColumn: null });
      expect(m.value.cells.map((c) => c.cell)).toEqual(['A', 'B', 'C', 'D']);
      expect(m.value.cells.reduce((a, c) => a + c.customers, 0)).toBe(5000);
      expect(m.future).toBe(clv ? 'clv' : 'trend');
      expect(m.loyalty).toBeNull();
      expect(m.behaviour.high + m.behaviour.low).toBe(5000);
    }
  });

  it('loadPairs() puts the planted pairs first; loadContribution() adds up to all revenue', async () => {
    const p = await loadPairs(client, { level: 'product', minSupport: 0.001 });
    expect(p.pairs[0]).toMatchObject({ a: 'Hiking Backpack', b: 'Tent' });
    expect(p.baskets).toBeGreaterThan(1000);
    const c = await loadContribution(client, 'region');
    expect(c.reduce((a, r) => a + r.revenue_share, 0)).toBeCloseTo(1, 9);
    expect(c.at(-1)!.cumulative_share).toBeCloseTo(1, 9);
    const dwyer = await loadDwyerInputs(client);
    expect(dwyer!.r).toBeGreaterThan(0);
    expect(dwyer!.r).toBeLessThan(1);
  });

  it('loadSegments() writes an edited or own map into customer_rfm before counting, and counts per rule', async () => {
    const own: SegmentMap = {
      name: 'custom',
      rules: [{ segment: '近期', when: { r: [4, 5] } }, { segment: 'Frequent', when: { f: [4, 5] } }],
      otherwise: 'Unassigned',
    };
    const written: Record<string, string> = {};
    const s = await loadSegments(client, [own], written);
    expect(written).toEqual({ custom: JSON.stringify(own) });
    const n = async (where: string) => Number(readColumns(await client.query(`SELECT count(*) AS n FROM customer_rfm WHERE ${where}`), ['n']).n[0]);
    const t = s.tables[0]!;
    expect(t.rows.map((r) => r.segment)).toEqual(['近期', 'Frequent', 'Unassigned']);
    expect(t.rows[0]!.customers).toBe(await n('r >= 4'));
    expect(t.rows[1]!.customers).toBe(await n('r < 4 AND f >= 4'));
    expect(t.rules).toEqual([{ matches: await n('r >= 4'), assigned: await n('r >= 4') }, { matches: await n('f >= 4'), assigned: await n('r < 4 AND f >= 4') }]);
    expect(t.unmatched).toBe(await n('r < 4 AND f < 4'));
    expect(t.rows[2]!.customers).toBe(t.unmatched);
  });
});

describe('the analysis views\' loaders on awkward data', () => {
  it('exports ids that look like formulas as text a spreadsheet will not run', async () => {
    const client = asClient(await openWith(new URL('formula_injection.csv', BAD), 'formula_injection.csv'));
    const csv = await customersCsv(client, null);
    const cells = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(',')[0]);
    expect(cells).toContain("'=C1307");
    expect(cells).toContain("'@C1310");
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    // 11 single-order customers: no model can be fitted, and the view says why
    const run = await fitClv(client, { lastDate: '2024-04-06' });
    if (isFailed(run.full)) throw new Error('expected the analysis to run');
    expect(isFailed(run.full.bgnbd)).toBe(true);
    if (isFailed(run.full.bgnbd)) expect(fitFailure(run.full.bgnbd.error).key).toBe('an.fail.fewRepeat');
  });

  it('builds the loyalty matrix from a satisfaction column kept as an attribute', async () => {
    const engine = await openWith(SHOP, 'shop.csv');
    engine.exec(`ALTER TABLE transactions ADD COLUMN satisfaction VARCHAR;
      UPDATE transactions SET satisfaction = (hash(customer_id) % 10)::VARCHAR`);
    const client = asClient(engine);
    const info = await loadDataInfo(client);
    expect(info.attitudeColumn).toBe('satisfaction');
    const m = await loadMatrices(client, { clv: false, attitudeColumn: info.attitudeColumn });
    expect(m.loyalty!.cells.map((c) => c.cell)).toEqual(['绝对忠诚', '惯性忠诚', '潜在忠诚', '非忠诚']);
    expect(m.loyalty!.cells.reduce((a, c) => a + c.customers, 0)).toBe(5000);
  });
});
