import { describe, expect, it } from 'vitest';
import { regexAlternatives } from '../../../src/lib/sql/regexAlternatives';

describe('regexAlternatives', () => {
  it('regexAlternatives() lists the strings a pattern of characters and simple classes matches', () => {
    expect(regexAlternatives('[1-2][3-4]')).toEqual(['13', '14', '23', '24']);
    expect(regexAlternatives('33')).toEqual(['33']);
    expect(regexAlternatives('[3-45]1')).toEqual(['31', '41', '51']);
    expect(regexAlternatives('[aba]')).toEqual(['a', 'b']);
    expect(regexAlternatives('客[甲乙]')).toEqual(['客甲', '客乙']);
    expect(regexAlternatives('')).toEqual(['']);
  });

  it('regexAlternatives() gives null for anything else, and for more than 64 strings', () => {
    for (const p of ['1.', '[^1]5', '1|2', '1?', '1*', '(12)', '\\d', '[1-', '[]', '[a-]', '[9-1]', 'a{2}', '^1', '1$']) {
      expect(regexAlternatives(p)).toBeNull();
    }
    expect(regexAlternatives('[0-7][0-7]')).toHaveLength(64);
    expect(regexAlternatives('[0-7][0-8]')).toBeNull();
  });
});
