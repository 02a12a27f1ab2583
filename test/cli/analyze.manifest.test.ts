import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BAD = fileURLToPath(new URL('../../../shared/data/bad/', import.meta.url));
const MANIFEST = JSON.parse(readFileSync(join(BAD, 'MANIFEST.json'), 'utf8')) as {
  files: { name: string; expect: Record<string, unknown> }[];
};
const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface DoorResult {
  status: number;
  json: { version: number; import: Record<string, unknown> };
  rows: Record<string, string>[];
}

/** `npm run analyze` exactly as a script would call it, plus --rows-out for line-by-line checks. */
async function door(file: string): Promise<DoorResult> {
  const dir = mkdtempSync(join(tmpdir(), 'segbook-door-'));
  const rowsOut = join(dir, 'rows.csv');
  let status = 0;
  let stdout: string;
  try {
    ({ stdout } = await run(TSX, ['cli/analyze.ts', '--input', join(BAD, file), '--analysis', 'import', '--rows-out', rowsOut], { cwd: ROOT, maxBuffer: 64 << 20 }));
  } catch (e) {
    // SAFETY: execFile rejects with the child's exit code and output attached.
    const err = e as { code: number; stdout: string };
    status = err.code;
    stdout = err.stdout;
  }
  let rows: Record<string, string>[] = [];
  try {
    rows = parseCsv(readFileSync(rowsOut, 'utf8'));
  } catch {
    // No rows file when the input was refused.
  }
  return { status, json: JSON.parse(stdout), rows };
}

/** A small RFC 4180 reader for the door's own CSV output (quoted fields, CRLF). */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let rec: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rec.push(field), (field = '');
    else if (c === '\n') rec.push(field), records.push(rec), (rec = []), (field = '');
    else if (c !== '\r') field += c;
  }
  const [head, ...body] = records;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

const value = (row: Record<string, string>, key: string): string | number => {
  const v = row[key] ?? '';
  return ['amount', 'quantity', 'unit_price', 'cost', 'margin', 'line'].includes(key) ? Number(v) : v;
};

describe('npm run analyze (the headless door) over every file in MANIFEST.json', () => {
  for (const { name, expect: exp } of MANIFEST.files) {
    it(`analyze --input ${name} gives what the manifest expects`, async () => {
      const { status, json, rows } = await door(name);
      const imp = json.import;
      expect(json.version).toBe(1);
      const outcome = String(exp.outcome);
      const refusedOk = outcome.includes('refuse');
      const importOk = outcome.includes('import');
      if (imp.outcome === 'refused') {
        expect(refusedOk, `${name} was refused: ${imp.message}`).toBe(true);
        expect(status).toBe(2);
        expect(String(imp.message).length).toBeGreaterThan(0);
        for (const word of (exp.message_mentions as string[] | undefined) ?? []) expect(String(imp.message).toLowerCase()).toContain(word.toLowerCase());
        return;
      }
      expect(importOk, `${name} was imported`).toBe(true);
      expect(status).toBe(0);
      if (exp.rows_imported !== undefined) expect(imp.rows_imported).toBe(exp.rows_imported);
      if (exp.customers !== undefined) expect(imp.customers).toBe(exp.customers);
      if (exp.orders !== undefined) expect(imp.orders).toBe(exp.orders);
      if (exp.total_amount !== undefined) expect(imp.total_amount as number).toBeCloseTo(exp.total_amount as number, 2);
      if (exp.net_total !== undefined) expect(imp.total_amount as number).toBeCloseTo(exp.net_total as number, 2);
      if (exp.column_mapping) expect(imp.column_mapping).toMatchObject(exp.column_mapping as object);
      if (exp.first_header) expect(Object.keys(imp.column_mapping as object)[0]).toBe(exp.first_header);
      expect(rows.length).toBe(imp.rows_imported);
      const byLine = new Map(rows.map((r) => [Number(r.line), r]));
      for (const check of (exp.spot_checks as Record<string, string | number>[] | undefined) ?? []) {
        const row = byLine.get(check.line as number);
        expect(row, `${name} line ${check.line} imported`).toBeDefined();
        for (const [k, v] of Object.entries(check)) if (k !== 'line') expect(value(row!, k), `${name} line ${check.line} ${k}`).toEqual(v);
      }
      for (const [line, amount] of Object.entries((exp.amounts_by_line as Record<string, number> | undefined) ?? {})) {
        expect(Number(byLine.get(Number(line))?.amount), `${name} line ${line} amount`).toBeCloseTo(amount, 2);
      }
      for (const [line, date] of Object.entries((exp.dates_by_line as Record<string, string> | undefined) ?? {})) {
        expect(byLine.get(Number(line))?.order_date, `${name} line ${line} date`).toBe(date);
      }
      for (const id of (exp.order_ids_keep_zeros as string[] | undefined) ?? []) expect(rows.some((r) => r.order_id === id)).toBe(true);
      for (const cell of (exp.cells_to_neutralise_on_export as { line: number; column: string; value: string }[] | undefined) ?? []) {
        const row = byLine.get(cell.line);
        if (cell.column in (row ?? {})) expect(row![cell.column], `${name} line ${cell.line} exported`).toBe(`'${cell.value}`);
      }
    });
  }
});
