import { describe, expect, it } from 'vitest';
import { overviewParts } from '../../../workers/overview/overviewParts';

describe('overviewParts', () => {
  it('overviewParts() is 1 up to 4M rows, then one slice per 2M', () => {
    expect([0, 1, 1_000_000, 4_000_000, 4_000_001, 20_003_491, 49_967_924].map(overviewParts)).toEqual([1, 1, 1, 1, 3, 11, 25]);
  });
});
