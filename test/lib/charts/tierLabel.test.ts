import { describe, it, expect } from 'vitest';
import { tierLabel } from '../../../src/lib/charts/tierLabel';

describe('tierLabel', () => {
  it('tierLabel() gives English readers the meaning of the Chinese default tiers', () => {
    expect(tierLabel('en', '重要客户')).toBe('Key (top 1%)');
    expect(tierLabel('en', '小客户')).toBe('Small (bottom 50%)');
  });
  it('tierLabel() keeps the names in Chinese and any name it does not know', () => {
    expect(tierLabel('zh-CN', '重要客户')).toBe('重要客户');
    expect(tierLabel('en', 'Platinum')).toBe('Platinum');
  });
});
