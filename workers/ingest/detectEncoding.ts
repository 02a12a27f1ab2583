import type { EncodingGuess } from './types';
import { COMMON_HAN } from './commonHan';
import { decodeWindows1252 } from './decodeWindows1252';

const LEGACY = ['gbk', 'big5', 'shift_jis', 'windows-1252'] as const;

/**
 * Guesses the encoding of a file from its first bytes: a byte-order mark decides; then the NUL
 * pattern of BOM-less UTF-16; then UTF-8 validity (a multibyte sequence cut off by the end of the
 * head is not an error); then, for bytes that are not UTF-8, the legacy encoding whose decoding
 * looks most like text (common CJK characters, kana, Latin letters between ASCII letters).
 * A file that is mostly UTF-8 with some invalid lines stays UTF-8 ('guess'): the decoder repairs
 * those lines and names them, rather than turning the valid part into mojibake.
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', confidence: 'bom', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', confidence: 'bom', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', confidence: 'bom', bom: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, confidence: 'likely', bom: 0 };

  const { validLines, invalidLines, lines } = utf8Lines(head);
  if (invalidLines === 0) return { encoding: 'utf-8', confidence: validLines > 0 ? 'certain' : 'likely', bom: 0 };
  // A few bad lines among many good ones (or among plain ASCII) are damage, not another encoding.
  if (validLines >= invalidLines || invalidLines * 20 <= lines) return { encoding: 'utf-8', confidence: 'guess', bom: 0 };

  // Score on whole lines only: the head may end inside a two-byte character.
  const cut = Math.max(head.lastIndexOf(0x0a), head.lastIndexOf(0x0d));
  const sample = cut > 0 ? head.subarray(0, cut + 1) : head;
  let best: { encoding: string; score: number } = { encoding: 'windows-1252', score: -1 };
  for (const encoding of LEGACY) {
    const text = tryDecode(encoding, sample);
    if (text === null) continue;
    const score = encoding === 'windows-1252' ? latinScore(text) : cjkScore(text, encoding);
    if (score > best.score) best = { encoding, score };
  }
  return { encoding: best.encoding, confidence: best.score >= 0.5 ? 'likely' : 'guess', bom: 0 };
}

function utf16WithoutBom(head: Uint8Array): string | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.2 && even <= odd / 10) return 'utf-16le';
  if (even >= pairs * 0.2 && odd <= even / 10) return 'utf-16be';
  return null;
}

/** Lines with non-ASCII bytes that are valid UTF-8, lines with invalid sequences, all lines. */
function utf8Lines(b: Uint8Array): { validLines: number; invalidLines: number; lines: number } {
  let validLines = 0, invalidLines = 0, lines = 1, nonAscii = false, bad = false;
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i];
    if (c < 0x80) {
      if (c === 0x0a || c === 0x0d) {
        if (c === 0x0a) lines++;
        if (bad) invalidLines++;
        else if (nonAscii) validLines++;
        nonAscii = bad = false;
      }
      i++;
      continue;
    }
    nonAscii = true;
    let need = 0, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else { bad = true; i++; continue; }
    if (i + need >= n) {
      // Truncated by the end of the head: judge only the bytes that are there.
      for (let k = 1; i + k < n; k++) if (b[i + k] < (k === 1 ? lo : 0x80) || b[i + k] > (k === 1 ? hi : 0xbf)) bad = true;
      break;
    }
    let ok = b[i + 1] >= lo && b[i + 1] <= hi;
    for (let k = 2; ok && k <= need; k++) ok = b[i + k] >= 0x80 && b[i + k] <= 0xbf;
    if (!ok) { bad = true; i++; continue; }
    i += need + 1;
  }
  if (bad) invalidLines++;
  else if (nonAscii) validLines++;
  return { validLines, invalidLines, lines };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  if (encoding === 'windows-1252') {
    // Five bytes are unassigned in Windows-1252; text that has them is not Windows-1252.
    for (const b of bytes) if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return null;
    return decodeWindows1252(bytes);
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of non-ASCII characters that are common Han characters, kana or CJK punctuation. */
function cjkScore(text: string, encoding: string): number {
  let total = 0, good = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    total++;
    if (COMMON_HAN.has(ch)) good++;
    else if (c >= 0x3040 && c <= 0x30ff) good += encoding === 'shift_jis' ? 1 : 0.5;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) good += 0.5;
    else if (c >= 0xff61 && c <= 0xff9f) good -= 1; // half-width katakana: what GBK bytes look like as Shift-JIS
  }
  return total === 0 ? 0 : good / total;
}

/** Share of non-ASCII characters that are Latin letters or typography standing between ASCII. */
function latinScore(text: string): number {
  let total = 0, good = 0;
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) < 0x80) { i++; continue; }
    let j = i;
    while (j < text.length && text.charCodeAt(j) >= 0x80) j++;
    const run = j - i;
    total += run;
    // Western text has isolated accented letters ("Müsli"); legacy CJK bytes come in long runs.
    if (run <= 2) for (let k = i; k < j; k++) if (isLatinish(text.charCodeAt(k))) good += run === 1 ? 1 : 0.5;
    i = j;
  }
  return total === 0 ? 0 : good / total;
}

function isLatinish(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0x20ac || (c >= 0x2013 && c <= 0x2026) || c === 0xa3 || c === 0xb0 || c === 0xa7 || c === 0xab || c === 0xbb;
}
