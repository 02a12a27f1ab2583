import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { samplePath } from '../../../src/lib/app/samplePath';

describe('samplePath()', () => {
  it('samplePath() gives the shop in the interface language and CDNOW in one edition', () => {
    expect(samplePath('shop', 'en')).toBe('samples/shop.csv');
    expect(samplePath('shop', 'zh-CN')).toBe('samples/shop-zh-CN.csv');
    expect(samplePath('cdnow', 'zh-CN')).toBe('samples/cdnow.txt');
    expect(samplePath('cdnow', 'en')).toBe('samples/cdnow.txt');
  });

  it('samplePath() names files the app serves from public/', () => {
    for (const p of [samplePath('shop', 'en'), samplePath('shop', 'zh-CN'), samplePath('cdnow', 'en')]) {
      expect(existsSync(new URL(`../../../public/${p}`, import.meta.url)), p).toBe(true);
    }
  });
});
