import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runImport, type Row } from './runImport';

// ../shared beside the repo, found from this file so a fresh clone at the same place works.
const BAD = new URL('../../../../shared/data/bad/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('MANIFEST.json', BAD), 'utf8')) as {
  files: { name: string; expect: Record<string, unknown> }[];
};

type Expect = Record<string, any>;
type Result = ReturnType<typeof runImport>;

// Keys that describe the file for people (or for analyses after import) and name nothing the
// ingest decides; every other key must have a check below, so none is skipped silently.
const DESCRIPTIVE = new Set(['formats_by_line', 'also_acceptable', 'sidecar']);

const cents = (x: number) => Math.round(x * 100);
const sum = (rows: Row[]) => rows.reduce((t, r) => t + (r.values.amount as number), 0);
const byLine = (res: Result, line: number) => {
  const row = res.rows.find((r) => r.line === line);
  expect(row, `line ${line} imported`).toBeDefined();
  return row!;
};
const text = (row: Row, key: string) => (row.values[key] ?? '') as string;
const distinct = (rows: Row[], key: string) => new Set(rows.map((r) => r.values[key]));
const group = (rows: Row[], key: string, f: (rs: Row[]) => number) => {
  const m = new Map<string, Row[]>();
  for (const r of rows) m.set(r.values[key] as string, [...(m.get(r.values[key] as string) ?? []), r]);
  return Object.fromEntries([...m].map(([k, rs]) => [k, f(rs)]));
};
const rejectedLines = (res: Result, prefix = '') => res.report.rejected.filter((n) => n.reason.startsWith(prefix)).map((n) => n.line);
const excludedLines = (res: Result, prefix: string) => res.report.excluded.filter((n) => n.reason.startsWith(prefix)).map((n) => n.line);
const reported = (res: Result, line: number) => res.report.rejected.some((n) => n.line === line) || res.report.warnings.some((w) => new RegExp(`\\b${line}\\b`).test(w));

function checkOutcome(res: Result, outcome: string): void {
  const allowed = outcome.split('_or_').map((o) => (o === 'import' || o.startsWith('import') ? o : o));
  const ok = allowed.some((o) => {
    if (o.startsWith('refuse')) return res.report.outcome === 'refused';
    if (res.report.outcome !== 'import') return false;
    if (o === 'import_with_warnings') return res.report.warnings.length > 0 || res.sniff.warnings.length > 0;
    if (o === 'import_after_mapping') return res.sniff.questions.some((q) => q.kind === 'header' || q.kind === 'mapping');
    return o === 'import';
  });
  expect(ok, `outcome ${res.report.outcome} (${res.report.message}) is one of ${outcome}`).toBe(true);
}

const CHECKS: Record<string, (res: Result, v: any, e: Expect) => void> = {
  outcome: checkOutcome,
  rows_imported: (res, v) => {
    expect(res.report.rows_imported).toBe(v);
    expect(res.rows.length).toBe(v);
  },
  rows_in_file: (res, v) => {
    const r = res.report;
    expect(r.rows_read).toBe(v);
    expect(r.rows_imported + r.rows_rejected + (r.rows_excluded ?? 0)).toBe(v);
  },
  rows_with_customer: (res, v) => expect(res.rows.filter((r) => r.values.customer_id).length).toBe(v),
  rows_after_dedup: (res, v) => expect(res.rows.length).toBe(v),
  customers: (res, v) => expect(distinct(res.rows, 'customer_id').size).toBe(v),
  orders: (res, v) => expect(distinct(res.rows, 'order_id').size).toBe(v),
  unique_order_ids: (res, v) => expect(distinct(res.rows, 'order_id').size).toBe(v),
  columns: (res, v) => expect(res.sniff.headers.length).toBe(v),
  total_amount: (res, v) => expect(cents(sum(res.rows))).toBe(cents(v)),
  total_amount_after_dedup: (res, v) => expect(cents(sum(res.rows))).toBe(cents(v)),
  net_total: (res, v) => expect(cents(sum(res.rows))).toBe(cents(v)),
  column_mapping: (res, v) => expect(res.report.column_mapping).toMatchObject(v),
  first_header: (res, v) => expect(res.sniff.headers[0]).toBe(v),
  header_line: (res, v) => expect(res.sniff.headerLine).toBe(v),
  first_row_is_data: (res) => {
    expect(res.sniff.hasHeader).toBe(false);
    byLine(res, 1);
  },
  spot_checks: (res, v: Expect[]) => v.forEach((c) => checkRecord(res, c)),
  records: (res, v: Expect[]) => v.forEach((c) => checkRecord(res, c)),
  amounts_by_line: (res, v) => Object.entries(v).forEach(([l, a]) => expect(byLine(res, +l).values.amount, `line ${l}`).toBeCloseTo(a as number, 6)),
  dates_by_line: (res, v) => Object.entries(v).forEach(([l, d]) => expect(byLine(res, +l).values.order_date, `line ${l}`).toBe(d)),
  blank_like_lines: (res, v) => expect(res.report.blank_lines).toEqual(v),
  excluded_lines: (res, v) => expect(res.report.excluded).toEqual(expect.arrayContaining(v)),
  repeated_header_lines: (res, v) => expect(excludedLines(res, 'repeated header')).toEqual(v),
  exact_duplicate_lines: (res, v) => {
    expect(excludedLines(res, 'exact duplicate')).toEqual(v);
    expect(res.report.duplicates).toBe(v.length);
  },
  conflicting_order_ids: (res, v) => expect(res.report.conflicting_order_ids).toEqual(v),
  missing_customer_lines: (res, v) => expect(rejectedLines(res, 'missing customer id')).toEqual(v),
  must_report_lines: (res, v: number[]) => v.forEach((l) => expect(reported(res, l), `line ${l} reported`).toBe(true)),
  well_formed_lines: (res, v: number[]) => v.forEach((l) => byLine(res, l)),
  tolerable_lines: (res, v: number[]) => v.forEach((l) => expect(reported(res, l), `line ${l} named`).toBe(true)),
  short_lines: (res, v: number[]) => v.forEach((l) => expect(reported(res, l), `line ${l} named`).toBe(true)),
  overlong_lines: (res, v: number[]) => v.forEach((l) => expect(rejectedLines(res)).toContain(l)),
  field_counts_by_line: (res, v) => {
    for (const [l, n] of Object.entries(v)) {
      const note = res.report.rejected.find((x) => x.line === +l);
      if (note) expect(note.reason).toBe(`${n} fields, expected ${res.sniff.headers.length}`);
    }
  },
  ok_lines: (res, v) => expect(res.rows.map((r) => r.line)).toEqual(v),
  future_lines: (res, v) => expect(excludedLines(res, 'future date')).toEqual(v),
  implausibly_old_lines: (res, v) => expect(excludedLines(res, 'date before 1990')).toEqual(v),
  invalid_date_lines: (res, v) => expect(rejectedLines(res, 'invalid date')).toEqual(v),
  analysis_window_max: (res, v) => expect(res.report.last_date).toBe(v),
  invalid_utf8_lines: (res, v) => expect(res.report.invalid_encoding_lines).toEqual(v),
  distinct_products_if_repaired: (res, v) => expect(distinct(res.rows, 'product').size).toBe(v),
  bad_line: (res, v) => expect(res.report.rejected).toContainEqual({ line: v, reason: `unterminated quoted field starting at line ${v}` }),
  swallowed_lines_if_strict: (res, v: number[]) => v.forEach((l) => byLine(res, l)),
  orders_by_customer: (res, v) => expect(group(res.rows, 'customer_id', (rs) => distinct(rs, 'order_id').size)).toEqual(v),
  order_ids_keep_zeros: (res, v) => expect(res.rows.map((r) => r.values.order_id)).toEqual(v),
  order_totals: (res, v) => {
    const totals = group(res.rows, 'order_id', (rs) => cents(sum(rs)));
    expect(totals).toEqual(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cents(x as number)])));
  },
  net_by_customer: (res, v) => {
    const net = group(res.rows, 'customer_id', (rs) => cents(sum(rs)));
    expect(net).toEqual(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cents(x as number)])));
  },
  purchase_orders_by_customer: (res, v) => {
    const positive = res.rows.filter((r) => (r.values.amount as number) > 0);
    expect(group(positive, 'customer_id', (rs) => distinct(rs, 'order_id').size)).toEqual(v);
  },
  non_positive_net_customers: (res, v) => {
    const net = group(res.rows, 'customer_id', (rs) => cents(sum(rs)));
    expect(Object.keys(net).filter((c) => net[c] <= 0).sort()).toEqual(v);
  },
  return_lines: (res, v) => {
    expect(res.rows.filter((r) => (r.values.amount as number) < 0).map((r) => r.line)).toEqual(v);
    expect(res.report.returns).toBe(v.length);
  },
  zero_amount_lines: (res, v) => {
    expect(res.rows.filter((r) => r.values.amount === 0).map((r) => r.line)).toEqual(v);
    expect(res.report.zero_amounts).toBe(v.length);
  },
  currency_by_line: (res, v) => {
    const counts: Record<string, number> = {};
    for (const c of Object.values(v) as string[]) counts[c] = (counts[c] ?? 0) + 1;
    expect(res.report.currencies).toEqual(counts);
  },
  warnings: (res, v: string[]) => v.forEach((w) => expect(res.report.warnings.join('\n').toLowerCase()).toContain(w.toLowerCase())),
  message_mentions: (res, v: string[]) => v.forEach((m) => expect(res.report.message).toContain(m)),
  cells_to_neutralise_on_export: (res, v: Expect[]) => v.forEach((c) => expect(text(byLine(res, c.line), c.column)).toBe(c.value)),
  displayed_verbatim: (res, v: Expect[]) => v.forEach((c) => expect(text(byLine(res, c.line), c.column)).toBe(c.value)),
  numeric_cells_not_to_touch: (res, v: Expect[]) => v.forEach((c) => expect(byLine(res, c.line).values[c.column]).toBe(Number(c.value))),
};

function checkRecord(res: Result, c: Expect): void {
  const row = byLine(res, c.line);
  for (const [k, v] of Object.entries(c)) {
    if (k === 'line') continue;
    if (typeof v === 'number') expect(row.values[k], `line ${c.line} ${k}`).toBeCloseTo(v, 6);
    else expect(text(row, k), `line ${c.line} ${k}`).toBe(v);
  }
}

describe('manifest: sniff() + TextImporter over every file in shared/data/bad', () => {
  for (const file of manifest.files) {
    it(`sniff() and TextImporter.push() in 7-byte chunks import ${file.name} as the manifest expects`, () => {
      const bytes = new Uint8Array(readFileSync(new URL(file.name, BAD)));
      const res = runImport(bytes, {}, 7, file.name);
      const e = file.expect as Expect;
      for (const key of Object.keys(e)) {
        if (DESCRIPTIVE.has(key)) continue;
        expect(CHECKS[key], `a check for expect.${key}`).toBeDefined();
        CHECKS[key](res, e[key], e);
      }
      // Universal rules: every data row accounted for; no U+FFFD in anything imported.
      const r = res.report;
      expect(r.rows_read).toBe(r.rows_imported + r.rows_rejected + (r.rows_excluded ?? 0));
      expect(JSON.stringify(res.rows)).not.toContain('\uFFFD');
    });
  }
});
