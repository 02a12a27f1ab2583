import type { CsvRecord, ImportOptions, IngestReport, RowBatch, SniffResult } from './types';
import { CsvTokenizer } from './csvTokenizer';
import { StreamDecoder } from './decoder';
import { RecordImporter } from './RecordImporter';

/** Rows per batch handed to the engine; a push may return a little more (whole chunks). */
export const BATCH_ROWS = 65_536;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Streams a delimited text file: bytes -> decoder -> tokenizer -> RecordImporter -> RowBatches.
 * Push the file in chunks of any size (4 MB is a good size); memory stays bounded by the chunk,
 * one batch and the duplicate index, so multi-GB files work. Uses the sniff's encoding, delimiter,
 * header, mapping, date order and decimal comma; `options` may override the mapping, the date order
 * and the decimal comma (the mapping panel's answers). To change the encoding, delimiter or header,
 * call `sniff` again with those options: they change the columns themselves.
 * A refused sniff gives a refused report and ignores the bytes.
 */
export class TextImporter {
  private readonly decoder: StreamDecoder;
  private readonly tokenizer: CsvTokenizer;
  private readonly importer: RecordImporter;
  private readonly refused: boolean;
  private bytes = 0;
  private readonly add = (record: CsvRecord): void => this.importer.add(record);

  constructor(sniff: SniffResult, options: ImportOptions = {}) {
    this.refused = sniff.refused !== undefined;
    this.decoder = new StreamDecoder(this.refused ? 'utf-8' : sniff.encoding);
    this.tokenizer = new CsvTokenizer({ delimiter: sniff.delimiter, quote: sniff.quote ?? '"', trimSpaces: sniff.delimiter !== ' ' });
    this.importer = new RecordImporter(sniff, options);
  }

  /** Bytes pushed so far (for a progress bar). */
  get bytesRead(): number {
    return this.bytes;
  }

  /** Feeds the next chunk; returns a batch once about 64k rows are ready, else null. */
  push(bytes: Uint8Array): RowBatch | null {
    this.bytes += bytes.length;
    if (this.refused) return null;
    this.feed(this.decoder.decode(bytes));
    return this.importer.takeBatch(BATCH_ROWS);
  }

  /** Ends the file: the last rows and the ingest report. */
  finish(): { batch: RowBatch | null; report: IngestReport } {
    if (!this.refused) {
      this.feed(this.decoder.flush());
      for (const r of this.tokenizer.finish()) this.importer.add(r);
      this.importer.noteEncoding(this.decoder.invalidLines, this.decoder.invalidLineCount, this.decoder.repairedAs);
    }
    this.importer.bytesRead = this.bytes;
    return this.importer.finish();
  }

  private feed(text: string): void {
    if (text.length === 0) return;
    // Legacy decoders substitute U+FFFD for bad bytes; rows carrying one are rejected, not imported.
    this.importer.rejectReplacementChars = this.decoder.invalidLineCount > 0 && this.decoder.repairedAs === null;
    // One native scan per chunk; rows are checked one by one only once a control character shows up.
    if (!this.importer.rejectControlChars && CONTROL.test(text)) this.importer.rejectControlChars = true;
    this.tokenizer.pushEach(text, this.add);
  }
}
