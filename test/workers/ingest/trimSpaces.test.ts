import { describe, expect, it } from 'vitest';
import { trimSpaces } from '../../../workers/ingest/trimSpaces';

describe('trimSpaces()', () => {
  it('trimSpaces() strips U+0020 on both sides and keeps inner spaces', () => {
    expect(trimSpaces('  C1 ')).toBe('C1');
    expect(trimSpaces(' New York')).toBe('New York');
    expect(trimSpaces('a b  ')).toBe('a b');
  });

  it('trimSpaces() keeps tabs, no-break spaces and ideographic spaces: they are data', () => {
    expect(trimSpaces('\t=1+2 ')).toBe('\t=1+2');
    expect(trimSpaces('\u00a0x\u00a0')).toBe('\u00a0x\u00a0');
    expect(trimSpaces(' \u3000客户 ')).toBe('\u3000客户');
  });

  it('trimSpaces() gives empty text for spaces only and for empty text', () => {
    expect(trimSpaces('    ')).toBe('');
    expect(trimSpaces(' ')).toBe('');
    expect(trimSpaces('')).toBe('');
  });
});
