import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../../workers/engine';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { compareImports } from './compareImports';

// Small files full of the values the ingest treats specially, through both paths (the fast path
// forced, eligible or not): whenever the fast path does not fall back, its report and rows must
// be the TypeScript path's. A seeded generator, so a failure names a reproducible case.

const IDS = ['C1', 'C2', 'c1', '', ' ', 'N/A', 'n/a ', ' NULL', 'null', '\u00a0C1', 'C1\u3000', '\tC2', 'total', 'TOTAL:', 'Sum', '合计', '小计：',
  'customer_id', 'Customer_ID', '-', '—', '?', 'none', 'C\u212aX', 'İd', 'ſum', 'Σ', '0x1A', '00123', '1E5', '无', 'Grand total', 'C 1'];
const ORDERS = ['O1', 'O2', 'O3', '', 'order_id', 'Total', ' O4', 'O5 ', 'Summe', 'O\u00a06'];
const DATES = ['2024-01-05', '2024-1-5', '05/01/2024', '2024/01/05', '20240105', '2024-02-29', '2023-02-29', '0000-01-01', '1989-12-31', '1990-01-01',
  '2026-06-30', '2026-07-01', '2024-01-05T10:00', '2024-01-05 10:00:00', ' 2024-01-05', '2024-01-05\u00a0', '45000', 'Jan 5 2024', '', 'n/a', 'order_date', '9999-12-31'];
const AMOUNTS = ['12.50', '12.5', '012.50', '-0', '-0.00', '0.00', '+5', '5-', '(5)', '1,234.50', '1.234,50', '12,50', '1 234', '$12', '12 EUR', '1e3',
  '.5', '5.', 'abc', '', ' 12 ', '１２', 'NaN', 'Infinity', '999999999999999999999', '1' + '0'.repeat(400), '-5.25', '7', 'amount', '£3', '1.234'];
const TEXT = ['Mug', '', ' spaced ', 'quoted, comma', 'He said "hi"', "O'Neil", 'emoji 🍵', 'tab\there', 'product', 'Ü', '   '];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One file: a clean head (so the sniff finds the columns), then rows mixing clean and odd values. */
function makeFile(seed: number): { text: string; delimiter: string } {
  const r = rng(seed);
  const pick = <T,>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const delimiter = pick([',', ',', ';', '\t', '|']);
  const header = pick([
    ['order_id', 'customer_id', 'order_date', 'amount', 'product', 'quantity'],
    ['Order ID', 'Customer', 'Date', 'Amount', 'Note', 'Qty'],
    ['订单编号', '客户编号', '下单日期', '金额', '商品', '数量'],
  ]);
  const clean = (i: number) => [`O${i}`, `C${i % 7}`, `2024-0${1 + (i % 9)}-1${i % 10}`, `${(i * 7.31) % 90 + 1}`.slice(0, 5), 'Mug', String(1 + (i % 3))];
  const rows: string[][] = [];
  for (let i = 0; i < 25; i++) rows.push(clean(i));
  for (let i = 25; i < 70; i++) {
    const row = clean(i);
    if (r() < 0.5) {
      const k = Math.floor(r() * 6);
      row[k] = pick([ORDERS, IDS, DATES, AMOUNTS, TEXT, AMOUNTS][k]);
    }
    if (r() < 0.1) rows.push([...rows[rows.length - 1]]);
    else if (r() < 0.08) rows.push(rows[rows.length - 1].map((v, k) => (k === 3 ? `${v}0` : v)));
    else if (r() < 0.05) rows.push([]);
    else if (r() < 0.05) rows.push(header);
    else rows.push(row);
  }
  const cell = (v: string) => {
    const needs = v.includes(delimiter) || v.includes('"') || v.includes('\n');
    return needs || (r() < 0.05 && v.trim() === v) ? `"${v.replaceAll('"', '""')}"` : v;
  };
  const eol = r() < 0.3 ? '\r\n' : '\n';
  const lines = [header, ...rows].map((row) => (row.length === 0 ? '' : row.map(cell).join(delimiter)));
  // Now and then a line the two readers may split differently: the fast path must fall back then.
  if (r() < 0.15) {
    const at = 26 + Math.floor(r() * 40);
    const broken = [
      (l: string) => l.slice(0, l.lastIndexOf(delimiter)),
      (l: string) => l + delimiter,
      (l: string) => l.replace('Mug', 'M"ug'),
      (l: string) => l.replace('Mug', 'M\u0001ug'),
      (l: string) => l.replace('Mug', '" Mug"'),
      (l: string) => l.replace('Mug', '"M\rug"'),
      (l: string) => l.replace('Mug', '"Mug"x'),
      () => '   ',
    ];
    lines[at] = pick(broken)(lines[at] ?? '');
  }
  return { text: (r() < 0.2 ? '\uFEFF' : '') + lines.join(eol) + (r() < 0.8 ? eol : ''), delimiter };
}

describe('fast import, fuzzed', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
  });

  it('gives the TypeScript report and rows whenever it does not fall back', async () => {
    let fast = 0;
    const fallbacks = new Map<string, number>();
    for (let seed = 1; seed <= 250; seed++) {
      const { text } = makeFile(seed);
      // Some runs with the mapping panel's answers, which change how amounts and dates are read.
      const options = seed % 5 === 0 ? { decimalComma: true } : seed % 7 === 0 ? { dateOrder: 'MDY' as const } : {};
      // Every third file read in pieces of a few lines, so cuts fall next to every odd row.
      const c = await compareImports(engine, new File([text], `fuzz${seed}.csv`), options, seed % 3 === 0 ? 97 + (seed % 200) : undefined, true);
      if (c.fast === null) {
        const why = (c.fallback ?? 'not tried').replace(/\d+/g, 'N');
        fallbacks.set(why, (fallbacks.get(why) ?? 0) + 1);
        continue;
      }
      fast++;
      expect(c.fast, `seed ${seed}`).toEqual(c.ts);
      expect([...c.onlyTs, ...c.onlyFast], `seed ${seed}`).toEqual([]);
    }
    // Most files must take the fast path, or this test proves little.
    if (process.env.SHOW) console.log(fast, [...fallbacks]);
    expect(fast, JSON.stringify([...fallbacks])).toBeGreaterThan(150);
  });
});
