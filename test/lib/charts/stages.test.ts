import { describe, expect, it } from 'vitest';
import { direction, stageName, stageRank } from '../../../src/lib/charts/stages';

describe('stages', () => {
  it('direction() reads moves between stages', () => {
    expect(direction('exploration', 'formation')).toBe('up');
    expect(direction('stability', 'decline')).toBe('down');
    expect(direction('decline', 'stability')).toBe('up');
    expect(direction('lost', 'lost')).toBe('same');
    expect(direction('vip', 'lost')).toBe('same');
  });

  it('stageName() and stageRank() know the five stages', () => {
    expect(stageName('zh-CN', 'formation')).toBe('形成期');
    expect(stageName('en', 'vip')).toBe('vip');
    expect(stageRank('lost')).toBe(4);
    expect(stageRank('vip')).toBe(5);
  });
});
