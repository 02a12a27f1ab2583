import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../../workers/engine';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { compareImports, type Comparison } from './compareImports';

// The fast path must give the TypeScript path's report and rows, or fall back: every case below
// runs both paths and compares the IngestReports deeply and the tables with EXCEPT ALL both ways.

const BAD = new URL('../../../../../shared/data/bad/', import.meta.url);
const GEN = new URL('../../../../../shared/tools/gen-transactions.mjs', import.meta.url);

let engine: Engine;
let tmp: string;
let tx: string;
let lines: string;

beforeAll(async () => {
  engine = await Engine.open(openNodeDuckDB);
  tmp = mkdtempSync(join(tmpdir(), 'fast-import-'));
  const gen = (out: string, extra: string[]) => {
    execFileSync(process.execPath, [GEN.pathname, '--customers', '3000', '--seed', '3', '--quiet', '--out', join(tmp, out), ...extra]);
    return readFileSync(join(tmp, out), 'utf8');
  };
  tx = gen('tx.csv', []);
  lines = gen('lines.csv', ['--lines']);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function same(c: Comparison): void {
  expect(c.fast, `fast path fell back: ${c.fallback}`).not.toBeNull();
  expect(c.fast).toEqual(c.ts);
  expect(c.onlyTs).toEqual([]);
  expect(c.onlyFast).toEqual([]);
}

async function compareText(text: string, name: string, options = {}): Promise<Comparison> {
  return compareImports(engine, new File([text], name), options);
}

/** Replaces data line `at` (1-based physical line) of `text` by `line`, or inserts before it. */
function edit(text: string, changes: [number, string, 'replace' | 'insert'][]): string {
  const rows = text.split('\n');
  for (const [at, line, how] of [...changes].sort((a, b) => b[0] - a[0])) {
    if (how === 'replace') rows[at - 1] = line;
    else rows.splice(at - 1, 0, line);
  }
  return rows.join('\n');
}

/** A generated file with one of every kind of row the ingest treats specially. */
function dirty(base: string): string {
  const rows = base.split('\n');
  const copy = (n: number) => rows[n - 1];
  const amountOf = (n: number) => copy(n).split(',')[3];
  const withAmount = (n: number, a: string) => copy(n).split(',').map((f, i) => (i === 3 ? a : f)).join(',');
  const withField = (n: number, k: number, v: string) => copy(n).split(',').map((f, i) => (i === k ? v : f)).join(',');
  return edit(base, [
    [10, withField(10, 1, ''), 'replace'],
    [20, withField(20, 1, 'N/A'), 'replace'],
    [21, withField(21, 1, 'null'), 'replace'],
    [30, withField(30, 1, '\u00a0C000777'), 'replace'],
    [40, withField(40, 2, '2023-02-30'), 'replace'],
    [41, withField(41, 2, '2024-13-01'), 'replace'],
    [42, withField(42, 2, 'yesterday'), 'replace'],
    [43, withField(43, 2, '2024/01/05'), 'replace'],
    [44, withField(44, 2, '2024-01-05 10:30:00'), 'replace'],
    [45, withField(45, 2, '2030-01-01'), 'replace'],
    [46, withField(46, 2, '1985-06-01'), 'replace'],
    [47, withField(47, 2, ''), 'replace'],
    [50, withAmount(50, '$12.50'), 'replace'],
    [51, withAmount(51, 'abc'), 'replace'],
    [52, withAmount(52, ''), 'replace'],
    [53, withAmount(53, '-0.00'), 'replace'],
    [54, withAmount(54, '0'), 'replace'],
    [55, withAmount(55, '-5.25'), 'replace'],
    [56, withAmount(56, '1e999'), 'replace'],
    [57, withAmount(57, '(12.00)'), 'replace'],
    [58, withAmount(58, '€7.00'), 'replace'],
    [60, copy(59), 'replace'],
    [62, withAmount(61, String(Number(amountOf(61)) + 1)), 'replace'],
    [64, withAmount(63, `${amountOf(63)}0`), 'replace'],
    [66, copy(1), 'replace'],
    [68, withField(68, 1, 'Total'), 'replace'],
    [80, 'Total,,,123.45,,,,', 'insert'],
    [85, '合计,,,999.00,,,,', 'insert'],
    [87, 'Grand Total:,,,1.00,,,,', 'insert'],
    [90, ',,,,,,,', 'insert'],
    [95, '', 'insert'],
    [96, '', 'insert'],
    [100, withField(100, 0, '合计:'), 'replace'],
    [110, withField(110, 1, 'customer_id'), 'replace'],
    [120, withField(120, 4, '咖啡豆 🍵'), 'replace'],
  ]);
}

describe('fast import gives the TypeScript import', () => {
  it('on every eligible file of the bad-input corpus', async () => {
    const names = readdirSync(BAD).filter((n) => n !== 'MANIFEST.json' && !n.startsWith('.'));
    const fast: string[] = [];
    for (const name of names) {
      const c = await compareImports(engine, new File([readFileSync(new URL(name, BAD))], name));
      if (c.eligible !== true) continue;
      if (c.fast === null) {
        // Falling back is allowed only for files the byte scan or DuckDB must refuse.
        expect(c.fallback, name).toMatch(/blank|carriage return|quoted field|CSV Error/);
        continue;
      }
      fast.push(name);
      expect(c.fast, name).toEqual(c.ts);
      expect([...c.onlyTs, ...c.onlyFast], name).toEqual([]);
    }
    expect(fast.length).toBeGreaterThanOrEqual(13);
  });

  it('on generated transactions and line items', async () => {
    same(await compareText(tx, 'tx.csv'));
    same(await compareText(lines, 'lines.csv'));
  });

  it('finds a duplicate line and a repeated order id far below a head where no order id repeats', async () => {
    // The head has one order id per row, so the import counts orders before its duplicate test
    // (uniqueOrderCounts); the counts show a repeat and the test runs after all.
    const rows = tx.trimEnd().split('\n');
    const [first, second] = [rows[1], rows[2].split(',')];
    second[3] = String(Number(second[3]) + 1); // same order id, another amount: a conflicting order
    const steps: string[] = [];
    const c = await compareImports(engine, new File([`${rows.join('\n')}\n${first}\n${second.join(',')}\n`], 'late-repeats.csv'), {}, undefined, false, (s) => steps.push(s));
    same(c);
    expect(c.ts.duplicates).toBe(1);
    expect(c.ts.conflicting_order_ids?.length).toBe(1);
    // Read first without the duplicate test's hashes (the head's order ids are unique), then again with them.
    expect(steps).toContain('reread-hashes');
    const plainSteps: string[] = [];
    same(await compareImports(engine, new File([tx], 'tx.csv'), {}, undefined, false, (s) => plainSteps.push(s)));
    expect(plainSteps).toContain('duplicates');
    expect(plainSteps).not.toContain('reread-hashes');
  });

  it('numbers blank lines and judges rows again when a late repeat makes it read the file a second time', async () => {
    const rows = tx.trimEnd().split('\n');
    const late = rows[1];
    // Below the sniffed head, which must look clean for the fast path to be tried at all.
    const at = rows.length - 10;
    const amount = rows[at].split(',');
    amount[3] = `$${amount[3]}`; // a currency sign: the SQL cannot vouch for it, TypeScript accepts it
    rows[at] = amount.join(',');
    rows.splice(at - 3, 0, '');
    const steps: string[] = [];
    const c = await compareImports(engine, new File([`${rows.join('\n')}\n${late}\n`], 'late-repeat-blank.csv'), {}, undefined, false, (s) => steps.push(s));
    same(c);
    expect(steps).toContain('reread-hashes');
    expect(c.ts.duplicates).toBe(1);
    expect(c.ts.blank_lines).toEqual([at - 2]);
  });

  it('on a file with every kind of special row', async () => {
    const c = await compareText(dirty(tx), "dirty.csv");
    same(c);
    expect(c.ts.rejected.length).toBeGreaterThan(8);
    expect(c.ts.excluded.length).toBe(7);
    expect(c.ts.conflicting_order_ids?.length).toBeGreaterThan(0);
    expect(c.ts.blank_lines.length).toBe(3);
  });

  it('on line items without order ids (identical rows kept) and with bad quantities', async () => {
    const noOrders = lines.split('\n').map((l) => l.slice(l.indexOf(',') + 1)).join('\n');
    // Line 500: past the sniffed sample, which would make the file ineligible.
    const c = await compareText(edit(noOrders, [[5, noOrders.split('\n')[3], 'replace'], [500, noOrders.split('\n')[499].replace(/,\d+,([\d.]+)$/, ',x,$1'), 'replace']]), 'noorders.csv');
    same(c);
    expect(c.ts.warnings.join(' ')).toMatch(/identical to an earlier row/);
    expect(c.ts.warnings.join(' ')).toMatch(/not numbers/);
  });

  it('with CRLF, a byte-order mark, no final line break, and other delimiters', async () => {
    const text = dirty(tx);
    same(await compareText(text.replaceAll('\n', '\r\n'), 'crlf.csv'));
    same(await compareText('\uFEFF' + text, 'bom.csv'));
    same(await compareText(text.trimEnd(), 'nofinal.csv'));
    for (const d of [';', '\t', '|']) same(await compareText(text.replaceAll(',', d), `delim${d.charCodeAt(0)}.csv`));
  });

  it('with quoted fields, padded fields and attribute columns', async () => {
    const quoted = tx.split('\n').map((l, i) => (i % 7 === 3 && l ? l.split(',').map((f) => `"${f.replaceAll('"', '""')}"`).join(',') : l));
    quoted[20] = quoted[20].replace(/,([^,]*),([^,]*)$/, ',"Frying Pan, 28cm","He said ""hi"""');
    same(await compareText(quoted.join('\n'), 'quoted.csv'));
    const padded = tx.split('\n').map((l, i) => (i % 11 === 5 ? l.split(',').map((f) => ` ${f}  `).join(',') : l)).join('\n');
    same(await compareText(padded, 'padded.csv'));
    const extra = tx.split('\n').map((l, i) => (l ? `${l},${i === 0 ? 'Note' : i % 3 ? 'vip' : ''}` : l)).join('\n');
    same(await compareText(extra, 'note.csv'));
  });

  it('with the user mapping a column to ignore, another role to a second column, and a forced date order', async () => {
    const text = dirty(tx);
    // (Mapping a header to 'attribute' when a role column has its name breaks the TypeScript path.)
    same(await compareText(text, 'map1.csv', { mapping: { channel: 'ignore', product: 'category' } }));
    same(await compareText(text, 'map2.csv', { dateOrder: 'MDY' }));
  });

  it('leaves no work table, temporary table or registered file behind', async () => {
    await compareText(dirty(tx), 'leftovers.csv');
    const work = engine.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '%fast%' OR table_name LIKE '__import%'").toArray()[0].toJSON();
    expect(Number(work.n)).toBe(0);
    expect(engine.db.globFiles('__fast*')).toEqual([]);
  });

  it('reads the file again when the scan finds a layout its first bytes did not show (spaces past the first 256 KiB)', async () => {
    // fastImport reads with guessLayout's guess while the scan runs; here the guess (no spaces) is wrong.
    const rows = tx.split('\n');
    const padded = rows.map((r, i) => (i === rows.length - 5 ? r.replace(',', ' , ') : r)).join('\n');
    expect(padded.length).toBeGreaterThan(300_000);
    const steps: string[] = [];
    const c = await compareImports(engine, new File([padded], 'late-spaces.csv'), {}, undefined, false, (s) => steps.push(s));
    same(c);
    expect(steps).toContain('reread');
    const plainSteps: string[] = [];
    same(await compareImports(engine, new File([tx], 'tx.csv'), {}, undefined, false, (s) => plainSteps.push(s)));
    expect(plainSteps).toContain('read');
    expect(plainSteps).not.toContain('reread');
  });

  it('reads a big file in pieces with the same rows, line numbers and report', async () => {
    // Pieces of about 4 KB: cuts fall next to blank lines, totals rows and duplicates of dirty().
    same(await compareImports(engine, new File([dirty(tx)], 'pieces.csv'), {}, 4096));
  });

  it('reads a piece bigger than the CSV reader\'s 4 MiB buffer with the same rows and report', async () => {
    // 13 more copies of the data rows, every other one with new customer ids (the rest exact
    // duplicates) and amounts written with a trailing 0 (same value, other text): ~9 MB in one piece.
    const data = tx.split('\n').slice(1).filter((l) => l !== '');
    const copies = Array.from({ length: 13 }, (_, k) => data.map((l) => {
      const f = l.split(',');
      if (k % 2 === 0) f[1] = `${f[1]}x${k}`;
      if (k % 3 === 0 && f[3].includes('.')) f[3] = `${f[3]}0`;
      return f.join(',');
    }).join('\n'));
    const big = `${dirty(tx).replace(/\n$/, '')}\n${copies.join('\n')}\n`;
    expect(big.length).toBeGreaterThan(2 * 4 * 1024 * 1024);
    const c = await compareImports(engine, new File([big], 'big.csv'));
    same(c);
    expect(c.ts.duplicates).toBeGreaterThan(data.length * 3);
    expect(c.ts.conflicting_order_ids?.length).toBeGreaterThan(0);
  }, 120_000);

  it('falls back, leaving no table behind, when the readers could differ', async () => {
    const head = tx.split('\n').slice(0, 50);
    const cases: Record<string, string> = {
      'bare CR': [...head.slice(0, 10), head[10].replace(',', ',\r'), ...head.slice(11)].join('\n'),
      'trailing delimiter': [...head.slice(0, 10), `${head[10]},`, ...head.slice(11)].join('\n'),
      'stray quote': [...head.slice(0, 10), head[10].replace('Coffee', 'Co"ffee').replace(/,([A-Z][a-z])/, ',X"$1'), ...head.slice(11)].join('\n'),
      'NUL byte': [...head.slice(0, 10), head[10].replace(',', ',\u0000'), ...head.slice(11)].join('\n'),
      'second BOM': [...head.slice(0, 10), `\uFEFF${head[10]}`, ...head.slice(11)].join('\n'),
      'quoted line break': [...head.slice(0, 10), head[10].replace(/,([^,]*)$/, ',"a\nb"'), ...head.slice(11)].join('\n'),
      'short row': [...head.slice(0, 10), head[10].split(',').slice(0, 5).join(','), ...head.slice(11)].join('\n'),
      'invalid UTF-8': [...head.slice(0, 10), head[10] + '\uFFFD', ...head.slice(11)].join('\n'),
    };
    for (const [why, text] of Object.entries(cases)) {
      const bytes = new TextEncoder().encode(text);
      const file = why === 'invalid UTF-8' ? new Uint8Array([...bytes.slice(0, bytes.lastIndexOf(0xef)), 0xff, 0xfe, ...bytes.slice(bytes.lastIndexOf(0xef) + 3)]) : bytes;
      const before = engine.tables();
      const c = await compareImports(engine, new File([file], 'f.csv'), {}, undefined, true);
      expect(c.fast, why).toBeNull();
      expect(engine.tables(), why).toEqual(before);
    }
  });
});
