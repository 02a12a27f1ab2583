import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvSummary } from '../../../src/lib/sql/clvSummary';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { bgnbd } from '../../../workers/scoring/bgnbd';
import { gammaGamma } from '../../../workers/scoring/gammaGamma';
import { groupTriples } from '../../../workers/scoring/groupTriples';
import { standardErrors } from '../../../workers/scoring/standardErrors';

const GEN = fileURLToPath(new URL('../../../../shared/tools/gen-transactions.mjs', import.meta.url));

// Planted parameters are the generator's defaults, read back from its truth file. The estimates
// must land within 4 standard errors (from the observed information) of them: at 4 s.e. a correct
// fitter fails about once in 16,000 parameters by chance, while a biased likelihood (a wrong term,
// a unit slip) misses by many s.e. at 100k customers. Dates cut to whole days leave a bias well
// under 1 s.e. here.
describe('recovery of planted parameters from gen-transactions.mjs (100k customers, seed 7)', () => {
  let dir = '';
  let truth: Record<string, number> = {};
  let summary: { x: number[]; tx: number[]; T: number[]; m: number[] };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'segbook-recovery-'));
    const csv = path.join(dir, 'tx.csv');
    const truthFile = path.join(dir, 'truth.csv');
    execFileSync(process.execPath, [GEN, '--customers', '100000', '--seed', '7', '--out', csv, '--truth', truthFile, '--quiet']);
    const head = readFileSync(truthFile, 'utf8').split('\n')[0];
    truth = Object.fromEntries(
      [...head.matchAll(/(\w+)=([\d.]+)(?=\s)/g)].map((m) => [m[1], Number(m[2])]),
    );
    const end = /end=(\d{4}-\d{2}-\d{2})/.exec(head)![1];
    const { db, conn } = await openNodeDuckDB();
    db.registerFileBuffer('tx.csv', new Uint8Array(readFileSync(csv)));
    conn.query(`CREATE TABLE transactions AS
      SELECT CAST(row_number() OVER () AS INTEGER) AS line, customer_id, order_id, order_date, amount
      FROM read_csv('tx.csv', header = true, columns = {'order_id': 'VARCHAR', 'customer_id': 'VARCHAR',
        'order_date': 'DATE', 'amount': 'DOUBLE', 'product': 'VARCHAR', 'category': 'VARCHAR',
        'region': 'VARCHAR', 'channel': 'VARCHAR'})`);
    // The generator runs in continuous time and writes every purchase as its own order, several
    // on one day for a fast buyer; merging them (the CDNOW convention) would drop purchases and
    // bias α up by about 3 s.e. at this size, so each order counts here.
    const t = conn.query(clvSummary({ calibrationEnd: end, unit: 'week', mergeSameDay: false }));
    const col = (name: string) => Array.from(t.getChild(name)!, (v) => (v === null ? NaN : Number(v)));
    summary = { x: col('x'), tx: col('t_x'), T: col('T'), m: col('mean_repeat_value') };
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('bgnbd.fit() recovers r, alpha, a, b within 4 standard errors', () => {
    const { triples } = groupTriples(summary.x, summary.tx, summary.T);
    const fit = bgnbd.fit(triples);
    const est = [fit.params.r, fit.params.alpha, fit.params.a, fit.params.b];
    const se = standardErrors(([r, alpha, a, b]) => bgnbd.logLikelihood({ r, alpha, a, b }, triples), est);
    const planted = [truth.r, truth.alpha, truth.a, truth.b];
    console.log('BG/NBD recovery', est.map((v, i) => `${v.toFixed(4)} ± ${se[i].toFixed(4)} (planted ${planted[i]})`));
    expect(fit.customers).toBe(100_000);
    est.forEach((v, i) => expect(Math.abs(v - planted[i])).toBeLessThan(4 * se[i]));
  });

  it('gammaGamma.fit() recovers p, q, gamma within 4 standard errors', () => {
    const fit = gammaGamma.fit(summary.x, summary.m);
    const est = [fit.params.p, fit.params.q, fit.params.gamma];
    const se = standardErrors(([p, q, gamma]) => gammaGamma.logLikelihood({ p, q, gamma }, summary.x, summary.m), est);
    const planted = [truth.p, truth.q, truth.gamma];
    console.log('Gamma-Gamma recovery', est.map((v, i) => `${v.toFixed(4)} ± ${se[i].toFixed(4)} (planted ${planted[i]})`));
    est.forEach((v, i) => expect(Math.abs(v - planted[i])).toBeLessThan(4 * se[i]));
  });
});
