import { describe, expect, it } from 'vitest';
import { countLineBreaks } from '../../../workers/ingest/countLineBreaks';

describe('countLineBreaks', () => {
  const text = 'a\r\nb\rc\n\nd\r';
  const bytes = new TextEncoder().encode(text);

  it('countLineBreaks() counts CR, LF and CRLF once each, in strings and bytes alike', () => {
    expect(countLineBreaks(text, 0, text.length, false)).toBe(5);
    expect(countLineBreaks(bytes, 0, bytes.length, false)).toBe(5);
  });

  it('countLineBreaks() gives the same total when a CRLF is split between two ranges', () => {
    for (const data of [text, bytes]) {
      const first = countLineBreaks(data, 0, 2, false); // "a\r"
      const second = countLineBreaks(data, 2, data.length, true); // "\nb..."
      expect(first + second).toBe(5);
    }
  });

  it('countLineBreaks() counts nothing in an empty range', () => {
    expect(countLineBreaks(text, 3, 3, true)).toBe(0);
    expect(countLineBreaks(bytes, 3, 3, false)).toBe(0);
  });
});
