import { describe, it, expect } from 'vitest';
import { builtInMap } from '../../../../src/lib/analyses/rules/builtInMap';
import { rf10Map } from '../../../../src/lib/sql/rf10Map';

describe('builtInMap()', () => {
  it('builtInMap() finds maps A, B, C by name and nothing else', () => {
    expect(builtInMap('rf10')).toBe(rf10Map);
    expect(builtInMap('custom')).toBeNull();
    expect(builtInMap('toString')).toBeNull();
  });
});
