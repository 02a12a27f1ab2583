import { describe, expect, it } from 'vitest';
import { controlCharacterReason } from '../../../workers/ingest/controlCharacterReason';

describe('controlCharacterReason()', () => {
  it('controlCharacterReason() names the first control character and its 1-based field', () => {
    expect(controlCharacterReason(['C1', 'a\u0000b', 'x\u001b'])).toBe('control character U+0000 in field 2');
    expect(controlCharacterReason(['\u007f', 'ok'])).toBe('control character U+007F in field 1');
    expect(controlCharacterReason(['ok', 'x\u001by\u0001'])).toBe('control character U+001B in field 2');
  });

  it('controlCharacterReason() takes TAB, LF and CR for text, and gives null when there is nothing else', () => {
    expect(controlCharacterReason(['a\tb', 'line\r\nbreak', '客户'])).toBeNull();
    expect(controlCharacterReason([])).toBeNull();
  });
});
