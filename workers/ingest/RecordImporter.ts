import type { CsvRecord, DateOrder, ImportOptions, IngestReport, NumberRole, Role, RowBatch, SniffResult, TextRole } from './types';
import { BatchBuilder } from './BatchBuilder';
import { StringPool } from './StringPool';
import { detachString } from './detachString';
import { RowHashSet } from './RowHashSet';
import { hashFields } from './hashFields';
import { daysFromCivil } from './daysFromCivil';
import { isoFromDays } from './isoFromDays';
import { parseAmount } from './parseAmount';
import { parseDate } from './parseDate';
import { summarizeImport, type ImportTally } from './summarizeImport';
import { totalsLabel } from './totalsLabel';
import { isBlankRow } from './isBlankRow';
import { newTally } from './newTally';
import { columnRoles } from './columnRoles';
import { controlCharacterReason } from './controlCharacterReason';
import { encodingWarning } from './encodingWarning';
import { isNullId } from './isNullId';
import { isRepeatedHeader } from './isRepeatedHeader';
import { totalsReason } from './totalsReason';
import { totalsWarning } from './totalsWarning';

const NEAR = new Uint32Array(2);
const AMOUNT = new Uint32Array(2);
const OLDEST = daysFromCivil(1990, 1, 1)!;
const MAX_NOTES = 1_000_000;
const UNDECODABLE = /[\uFFFD\uE000-\uF8FF]/; // see StreamDecoder

/**
 * Turns records (from the CSV tokenizer, or Excel / Parquet rows) into normalised `RowBatch`es
 * and, at `finish()`, the ingest's import report. Every non-blank data record ends up in exactly
 * one of imported, rejected (with line and reason) or excluded (totals rows, repeated headers,
 * exact duplicates, dates outside 1990..today), so rows_read = imported + rejected + excluded.
 * Customer and order ids stay text as written (trimmed): "00123", "1E5", "0x1A" are ids, not numbers.
 * Exact duplicate rows are dropped and named when the file has order ids (the manifest's
 * duplicate_identical_rows: never count revenue twice); without order ids each line is a purchase,
 * so identical lines are kept and named in a warning. Rows identical except for the amount are
 * kept and flagged as conflicting orders.
 */
export class RecordImporter {
  /** Bytes consumed so far (set by the caller that reads the file; reported as bytes_read). */
  bytesRead = 0;
  /** When set, fields with U+FFFD (or private-use characters) are rejected as undecodable. */
  rejectReplacementChars = false;
  /** When set, fields with control characters (NUL...) are rejected; TextImporter sets it once it sees one. */
  rejectControlChars = false;

  private readonly sniff: SniffResult;
  private readonly dateOrder: DateOrder;
  private readonly decimalComma: boolean;
  private readonly width: number;
  private readonly headerKeys: string[];
  private readonly col: Partial<Record<Role, number>>;
  private readonly textCols: [TextRole, number][];
  private readonly numberCols: [NumberRole, number][];
  private readonly attrCols: [string, number][];
  private readonly builder: BatchBuilder;
  private readonly today: number;
  private readonly rows = new RowHashSet();
  private readonly tally: ImportTally;
  private readonly labelCols: number[];
  private readonly interned: StringPool[];
  private readonly internedAttrs: StringPool[];

  constructor(sniff: SniffResult, options: ImportOptions = {}) {
    this.sniff = sniff;
    this.dateOrder = options.dateOrder ?? sniff.dateOrder;
    this.decimalComma = options.decimalComma ?? sniff.decimalComma;
    const mapping: Record<string, Role> = { ...sniff.mapping, ...(options.mapping ?? {}) };
    this.width = sniff.headers.length;
    this.headerKeys = sniff.headers.map((h) => h.toLowerCase());
    ({ col: this.col, textCols: this.textCols, numberCols: this.numberCols, attrCols: this.attrCols } = columnRoles(sniff.headers, mapping));
    this.builder = new BatchBuilder(this.textCols.map(([r]) => r), this.numberCols.map(([r]) => r), this.col.order_date !== undefined, this.attrCols.map(([h]) => h));
    this.interned = this.textCols.map(() => new StringPool());
    this.internedAttrs = this.attrCols.map(() => new StringPool());
    this.labelCols = [...new Set([0, this.col.customer_id ?? 0, this.col.order_id ?? 0])];
    const today = options.today ? parseDate(options.today) : null;
    this.today = today?.ok ? today.days : Math.floor(Date.now() / 86_400_000);
    this.tally = newTally(sniff, mapping);
  }

  /** Takes one record. Records at or above the header line (the header, a sep= line) are skipped. */
  add(record: CsvRecord): void {
    const { line } = record;
    if (line <= this.sniff.headerLine) return;
    const fields = record.fields;
    if (isBlankRow(fields)) {
      if (this.tally.report.blank_lines.length < MAX_NOTES) this.tally.report.blank_lines.push(line);
      return;
    }
    const r = this.tally.report;
    r.rows_read++;
    if (record.error) return this.reject(line, record.error);
    if (fields[0].charCodeAt(0) === 0xfeff) fields[0] = fields[0].slice(1);
    if (this.rejectReplacementChars && fields.some((f) => UNDECODABLE.test(f))) {
      return this.reject(line, `bytes that are not valid ${this.sniff.encoding}`);
    }
    if (this.rejectControlChars) {
      const reason = controlCharacterReason(fields);
      if (reason !== null) return this.reject(line, reason);
    }
    if (record.strayQuote) push(this.tally.lines.strayQuote, line);
    if (this.sniff.hasHeader && isRepeatedHeader(fields, this.headerKeys, this.width)) return this.exclude(line, 'repeated header');
    const label = totalsLabel(fields, this.labelCols, this.col.order_date ?? -1, this.dateOrder);
    if (label !== null) return this.excludeTotals(line, label, fields);
    if (fields.length !== this.width) {
      if (fields.length < this.width || fields.slice(this.width).some((f) => f.trim() !== '')) {
        return this.reject(line, `${fields.length} fields, expected ${this.width}`);
      }
      this.tally.lines.trailingEmpty.push(line);
    }

    const cid = this.col.customer_id;
    if (cid !== undefined) {
      const id = fields[cid].trim();
      if (isNullId(id)) {
        push(this.tally.lines.missingCustomer, line);
        return this.reject(line, id === '' ? 'missing customer id' : `missing customer id ("${id}")`);
      }
    }
    let day = 0;
    if (this.col.order_date !== undefined) {
      const d = parseDate(fields[this.col.order_date], this.dateOrder);
      if (!d.ok) return this.reject(line, d.reason);
      day = d.days;
      if (day > this.today) { push(this.tally.lines.future, line); return this.exclude(line, `future date ${isoFromDays(day)}`); }
      if (day < OLDEST) { push(this.tally.lines.old, line); return this.exclude(line, `date before 1990 (${isoFromDays(day)})`); }
    }
    let amount = NaN;
    let currency: string | undefined;
    if (this.col.amount !== undefined) {
      const a = parseAmount(fields[this.col.amount], this.decimalComma);
      if (!a.ok) return this.reject(line, a.reason);
      amount = a.value;
      currency = a.currency;
    }

    // One pass over the characters: the row without its amount, then the amount alone.
    const amountCol = this.col.amount ?? -1;
    hashFields(fields, amountCol, NEAR);
    if (amountCol >= 0) hashFields(fields, -1, AMOUNT, amountCol, amountCol + 1);
    const first = this.rows.add(NEAR[0], NEAR[1], amountCol >= 0 ? AMOUNT[0] : 0, line);
    if (first > 0 && this.col.order_id === undefined) {
      // Without order ids a repeated line is a second purchase of the same thing on the same day
      // (CDNOW has 21 in its sample): keep it, and say so in case the file repeats lines by mistake.
      push(this.tally.lines.identicalKept, line);
    } else if (first > 0) {
      r.duplicates++;
      return this.exclude(line, `exact duplicate of line ${first}`);
    }
    if (first < 0) this.tally.dedupStopped = true;
    if (this.rows.conflictLine > 0 && this.col.order_id !== undefined) {
      this.noteConflict(fields[this.col.order_id].trim(), this.rows.conflictLine, line);
    }
    this.append(line, fields, day, amount, currency);
  }

  /** The rows imported since the last call, when there are at least `minRows` of them. */
  takeBatch(minRows = 1): RowBatch | null {
    return this.builder.length >= Math.max(1, minRows) ? this.builder.take() : null;
  }

  /** Records encoding problems found by the decoder (lines repaired or undecodable). */
  noteEncoding(lines: readonly number[], count: number, repairedAs: string | null): void {
    if (count === 0) return;
    this.tally.report.invalid_encoding_lines = [...lines];
    // The sniff warned about the lines in the first chunk; this warning covers the whole file.
    this.tally.report.warnings = this.tally.report.warnings.filter((w) => !w.includes(' not valid '));
    this.tally.report.warnings.push(encodingWarning(lines, count, repairedAs, this.sniff.encoding));
  }

  /** Ends the import: the last rows and the report. */
  finish(): { batch: RowBatch | null; report: IngestReport } {
    this.tally.report.bytes_read = this.bytesRead;
    const batch = this.builder.take();
    return { batch, report: summarizeImport(this.tally) };
  }

  private append(line: number, fields: readonly string[], day: number, amount: number, currency: string | undefined): void {
    const t = this.tally;
    const b = this.builder;
    const i = b.row();
    b.line[i] = line;
    for (let k = 0; k < this.textCols.length; k++) {
      const [role, c] = this.textCols[k];
      const v = role === 'customer_id' || role === 'order_id' ? fields[c].trim() : this.interned[k].get(fields[c]);
      b.text[k].push(v === '' ? null : v);
    }
    for (let k = 0; k < this.numberCols.length; k++) {
      const [role, c] = this.numberCols[k];
      if (role === 'amount') { b.numbers[k][i] = amount; continue; }
      const raw = fields[c];
      const v = raw.trim() === '' ? null : parseAmount(raw, this.decimalComma);
      if (v && !v.ok) push(t.lines.badNumbers, line);
      b.numbers[k][i] = v && v.ok ? v.value : NaN;
    }
    if (b.dates) {
      b.dates[i] = day;
      if (day < t.minDay) t.minDay = day;
      if (day > t.maxDay) t.maxDay = day;
    }
    for (let k = 0; k < this.attrCols.length; k++) {
      const v = this.internedAttrs[k].get(fields[this.attrCols[k][1]] ?? '');
      b.attributes[k].push(v === '' ? null : v);
    }
    if (!Number.isNaN(amount)) {
      t.amountSum += amount;
      if (amount < 0) { t.report.returns++; push(t.lines.returns, line); }
      if (amount === 0) { t.report.zero_amounts++; push(t.lines.zero, line); }
    }
    if (currency) {
      const seen = t.currencies.get(currency);
      if (seen) { seen.count++; push(seen.lines, line); } else t.currencies.set(currency, { count: 1, lines: [line] });
    }
    t.report.rows_imported++;
  }

  private reject(line: number, reason: string): void {
    const r = this.tally.report;
    r.rows_rejected++;
    if (r.rejected.length < MAX_NOTES) r.rejected.push({ line, reason: detachString(reason) });
  }

  private exclude(line: number, reason: string): void {
    this.tally.report.rows_excluded!++;
    if (this.tally.report.excluded.length < MAX_NOTES) this.tally.report.excluded.push({ line, reason: detachString(reason) });
  }

  private excludeTotals(line: number, label: string, fields: readonly string[]): void {
    this.exclude(line, totalsReason(label));
    const a = this.col.amount !== undefined ? parseAmount(fields[this.col.amount] ?? '', this.decimalComma) : null;
    this.tally.report.warnings.push(totalsWarning(line, label, a?.ok ? a.value : null, this.tally.amountSum));
  }

  private noteConflict(orderId: string, firstLine: number, line: number): void {
    const lines = this.tally.conflicts.get(orderId);
    if (lines) lines.push(line);
    else if (this.tally.conflicts.size < 10_000) this.tally.conflicts.set(detachString(orderId), [firstLine, line]);
  }
}

function push(lines: number[], line: number): void {
  if (lines.length < MAX_NOTES) lines.push(line);
}
