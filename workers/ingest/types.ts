/**
 * The ingest vocabulary shared by the sniffer, the parsers, the engine and the UI.
 * Everything here is plain data so it crosses the worker boundary by structured clone.
 */

/** What a column means to the analyses (ANALYSES.md, "Input after import and column mapping"). */
export type Role =
  | 'customer_id' | 'order_id' | 'order_date' | 'amount' | 'quantity' | 'unit_price'
  | 'product' | 'category' | 'region' | 'channel' | 'cost' | 'margin'
  | 'attribute' // kept as text under its own (sanitised) name
  | 'ignore';   // not imported

export const TEXT_ROLES = ['customer_id', 'order_id', 'product', 'category', 'region', 'channel'] as const;
export const NUMBER_ROLES = ['amount', 'quantity', 'unit_price', 'cost', 'margin'] as const;

export type TextRole = (typeof TEXT_ROLES)[number];
export type NumberRole = (typeof NUMBER_ROLES)[number];

export type DateOrder = 'YMD' | 'DMY' | 'MDY';

/** Options the user (or the headless door) can force; anything absent or 'auto' is sniffed. */
export interface ImportOptions {
  encoding?: string;              // 'auto' | 'utf-8' | 'gbk' | 'gb18030' | 'big5' | 'shift_jis' | 'utf-16le' | 'utf-16be' | 'windows-1252'
  delimiter?: string;             // 'auto' | ',' | ';' | '\t' | '|' | ' ' (' ' = runs of whitespace)
  hasHeader?: boolean;            // absent = sniffed
  mapping?: Record<string, Role>; // header (as in file, trimmed) -> role; overrides the proposal
  dateOrder?: DateOrder;          // for slash/dot dates when the data cannot tell
  decimalComma?: boolean;         // absent = inferred per amount column
  sheet?: string;                 // Excel: which sheet
  fastPath?: boolean;             // false: always use the TypeScript ingest (tests compare the two paths)
  today?: string;                 // ISO date that counts as "today" for the future-date check (default: the clock)
}

/** A question the data could not answer; the mapping panel asks it, the door uses the default. */
export interface ImportQuestion {
  kind: 'date_order' | 'encoding' | 'mapping' | 'header';
  message: string;
  choices: string[];
  default: string;
}

/** What the sniffer proposes from the first chunk of the file; the mapping panel shows this. */
export interface SniffResult {
  format: 'text' | 'xlsx' | 'parquet';
  encoding: string;
  encodingConfidence: 'bom' | 'certain' | 'likely' | 'guess';
  delimiter: string;
  quote?: string;                 // the quote character ('"' unless the file quotes with "'")
  hasHeader: boolean;
  headerLine: number;             // 1-based physical line of the header (e.g. 2 after an Excel "sep=;" line)
  headers: string[];              // as in file, trimmed; synthesised ("column_1"...) when there is no header
  mapping: Record<string, Role>;  // proposed roles, one per header
  dateOrder: DateOrder;
  decimalComma: boolean;
  preview: string[][];            // first rows as raw text fields, for the mapping panel
  sheets?: string[];              // Excel: sheet names
  questions: ImportQuestion[];
  warnings: string[];
  refused?: string;               // set when the file cannot be imported at all; names the problem
  sample?: SniffSample;           // text files: what the head says about the whole file's size
}

/** The sniffed head of a text file, measured for the pre-flight memory estimate (sniffSample). */
export interface SniffSample {
  bytes: number;                  // bytes spanned by the complete records of the head
  records: number;                // complete records in those bytes (header, blank lines and data)
  rows: number;                   // data rows among them
  complete: boolean;              // the head is the whole file: `rows` is exact
  distinct: number[];             // distinct (trimmed) values per column among the data rows
}

/** One rejected or excluded source line and why. `line` is the 1-based physical line in the file. */
export interface LineNote {
  line: number;
  reason: string;
}

/**
 * Normalised rows ready for DuckDB, column by column. Dates are days since 1970-01-01 (Arrow
 * DateDay); amounts and other numbers are doubles; absent roles are omitted.
 */
export interface RowBatch {
  length: number;
  line: Int32Array;
  text: Partial<Record<TextRole, (string | null)[]>>;
  numbers: Partial<Record<NumberRole, Float64Array>>; // NaN = null
  order_date?: Int32Array;                             // always set when a date is mapped
  attributes: Record<string, (string | null)[]>;       // role 'attribute', by header
}

/** The ingest's half of the import report (the engine adds customers, orders, totals, dates). */
export interface IngestReport {
  outcome: 'import' | 'refused';
  message: string;
  encoding: string;
  delimiter: string;
  rows_read: number;            // data records seen (not counting header, blank lines)
  rows_imported: number;
  rows_rejected: number;
  rows_excluded?: number;       // = excluded.length unless that list was capped; rows_read = imported + rejected + excluded
  rejected: LineNote[];         // every rejected line, in file order
  excluded: LineNote[];         // left out on purpose: totals rows, repeated headers, exact duplicates
  blank_lines: number[];
  warnings: string[];
  column_mapping: Record<string, Role>;
  returns: number;              // rows with negative amount
  zero_amounts: number;
  duplicates: number;           // exact duplicate rows left out
  bytes_read: number;
  /** Order ids on rows identical except for the amount: flagged for the user, both rows kept. */
  conflicting_order_ids?: { order_id: string; lines: number[] }[];
  /** Currency found in the amount cells (code -> rows), when any cell names one. */
  currencies?: Record<string, number>;
  /** Rows with a quote inside an unquoted field, imported with the quote kept as text (see warnings). */
  stray_quote_lines?: number[];
  /** Lines that were not valid in the file's encoding (repaired or rejected; see warnings). */
  invalid_encoding_lines?: number[];
  first_date?: string;          // ISO, over imported rows
  last_date?: string;
}

/** One record from the CSV tokenizer (or one sheet/Parquet row). */
export interface CsvRecord {
  fields: string[];
  line: number;                 // 1-based physical line where the record starts
  error?: string;               // set when the record is malformed (e.g. an unterminated quote)
  strayQuote?: boolean;         // a quote inside an unquoted field, or text after a closing quote (kept as text)
}

/** What `detectEncoding` found in the first bytes. */
export interface EncodingGuess {
  encoding: string;             // a WHATWG label: 'utf-8', 'utf-16le', 'gb18030', 'windows-1252'...
  confidence: SniffResult['encodingConfidence'];
  bom: number;                  // bytes of byte-order mark to skip
}
