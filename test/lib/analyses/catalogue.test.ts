import { describe, it, expect } from 'vitest';
import { en, type MessageKey } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';

const keys = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith('an.'));
const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Words that stay as they are in Chinese text: model names, symbols, units of the formulas.
const LATIN_OK = /^(RFM|ABC|RF|R|F|M|CLV|BG|NBD|Pareto|Gamma|Dwyer|P|alive|NPS|CSV|Excel|Esc|A|B|C|D|E|I|V|a|b|i|d|k|m|n|r|q|p|t|x|s|ms)$/;

describe('the analysis views\' messages', () => {
  it('exist in both languages with the same parameters', () => {
    expect(keys.length).toBeGreaterThan(200);
    for (const k of keys) expect(params(zhCN[k]), k).toEqual(params(en[k]));
  });

  it('leave no English in the Chinese catalogue', () => {
    for (const k of keys) {
      const words = zhCN[k].replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [];
      for (const w of words) expect(LATIN_OK.test(w), `${k}: "${w}"`).toBe(true);
    }
  });
});
