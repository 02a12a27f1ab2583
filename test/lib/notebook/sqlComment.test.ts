import { describe, expect, it } from 'vitest';
import { sqlComment } from '../../../src/lib/notebook/sqlComment';

describe('sqlComment', () => {
  it('sqlComment() starts every line with -- and leaves blank lines as a bare --', () => {
    expect(sqlComment('a\n\n  b  ')).toBe('-- a\n--\n--   b');
  });

  it('sqlComment() turns CR and CRLF line breaks into comment lines, so no text escapes the comment', () => {
    expect(sqlComment('x\r\nDROP TABLE t;\ry */')).toBe('-- x\n-- DROP TABLE t;\n-- y */');
  });
});
