import type { EncodingGuess, ImportOptions, SniffResult } from './types';
import { detectEncoding } from './detectEncoding';
import { detectFileKind } from './detectFileKind';
import { StreamDecoder } from './decoder';
import { sniffDialect } from './sniffDialect';
import { sniffRows } from './sniffRows';
import { sniffSample } from './sniffSample';

/** How many bytes of the file `sniff` expects; a shorter head is taken as the whole file. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Reads the first 64 KB of a file and proposes how to import it: format (text, xlsx, parquet),
 * encoding, delimiter, header, column roles, date order, decimal comma, a preview, questions for
 * the mapping panel and warnings. Sets `refused` (naming the problem) for an empty file, a file of
 * blank lines, a header with no rows, and files that are not tables at all (PNG, PDF, gzip...).
 * For xlsx and parquet only `format` is meaningful: read the rows, then call `sniffRows`.
 */
export function sniff(head: Uint8Array, options: ImportOptions = {}, fileName?: string): SniffResult {
  const complete = head.length < SNIFF_BYTES;
  const base = (extra: Partial<SniffResult>): SniffResult => ({
    format: 'text', encoding: 'utf-8', encodingConfidence: 'guess', delimiter: ',', hasHeader: false, headerLine: 0,
    headers: [], mapping: {}, dateOrder: 'YMD', decimalComma: false, preview: [], questions: [], warnings: [], ...extra,
  });
  if (head.length === 0) return base({ refused: 'The file is empty (0 bytes).' });
  const kind = detectFileKind(head, fileName);
  if ('refused' in kind) return base({ format: 'text', encoding: 'binary', refused: kind.refused });
  if (kind.format !== 'text') return base({ format: kind.format, encoding: 'binary', encodingConfidence: 'certain' });

  const guess = chooseEncoding(head, options);
  const decoder = new StreamDecoder(guess.encoding);
  let text = decoder.decode(head);
  if (complete) text += decoder.flush();
  const warnings: string[] = [];
  const questions: SniffResult['questions'] = [];

  if (looksBinary(text)) return base({ encoding: guess.encoding, refused: 'This looks like a binary file, not a CSV or text file.' });
  if (text.trim() === '') return base({ encoding: guess.encoding, refused: 'The file contains no data: only blank lines or spaces.' });
  if (guess.confidence === 'guess' && decoder.invalidLineCount === 0) {
    questions.push({
      kind: 'encoding',
      message: `The text encoding was guessed as ${guess.encoding}; check the preview and change it if letters look wrong.`,
      choices: ['utf-8', 'gbk', 'big5', 'shift_jis', 'windows-1252', 'utf-16le', 'utf-16be'],
      default: guess.encoding,
    });
  }
  if (decoder.invalidLineCount > 0) {
    const one = decoder.invalidLineCount === 1;
    const lines = `${one ? 'Line' : 'Lines'} ${decoder.invalidLines.slice(0, 20).join(', ')}`;
    warnings.push(decoder.repairedAs
      ? `${lines} ${one ? 'is' : 'are'} not valid UTF-8; read as ${decoder.repairedAs}.`
      : `${lines} ${one ? 'has' : 'have'} bytes that are not valid ${guess.encoding}.`);
  }

  const dialect = sniffDialect(text, options, complete);
  const result = sniffRows(dialect.records, options, {
    format: 'text',
    encoding: guess.encoding,
    encodingConfidence: guess.confidence,
    delimiter: dialect.delimiter,
    quote: dialect.quote,
    hasHeader: dialect.hasHeader,
    headerConfident: dialect.headerConfident,
    warnings,
    questions,
  }, complete);
  if (!result.refused) result.sample = sniffSample(dialect.records, result.headerLine, result.headers.length, text, head.length - guess.bom, complete);
  return result;
}

function chooseEncoding(head: Uint8Array, options: ImportOptions): EncodingGuess {
  const detected = detectEncoding(head);
  const forced = options.encoding?.toLowerCase();
  if (!forced || forced === 'auto') return detected;
  // A forced encoding still skips its own byte-order mark.
  const encoding = forced.replace(/^utf(?=\d)/, 'utf-');
  return { encoding, confidence: 'certain', bom: encoding === detected.encoding ? detected.bom : 0 };
}

function looksBinary(text: string): boolean {
  let controls = 0;
  const n = Math.min(text.length, 16384);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) controls++;
  }
  return controls > Math.max(4, n * 0.01);
}
