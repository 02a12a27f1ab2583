import { describe, expect, it } from 'vitest';
import { detachString } from '../../../workers/ingest/detachString';
import { StringPool } from '../../../workers/ingest/StringPool';

describe('detachString and StringPool', () => {
  it('detachString() returns an equal string', () => {
    const chunk = 'x'.repeat(1000) + 'Coffee Beans 1kg' + 'y'.repeat(1000);
    expect(detachString(chunk.slice(1000, 1016))).toBe('Coffee Beans 1kg');
    expect(detachString('')).toBe('');
  });

  it('StringPool.get() returns one shared value per distinct string', () => {
    const pool = new StringPool();
    const a = pool.get('North');
    expect(pool.get('Nor' + 'th')).toBe(a);
    expect(pool.get('South')).toBe('South');
  });

  it('StringPool.get() stops pooling a column with too many distinct values, and still returns them', () => {
    const pool = new StringPool();
    for (let i = 0; i < 20_010; i++) expect(pool.get(`id-${i}`)).toBe(`id-${i}`);
    expect(pool.get('id-1')).toBe('id-1');
  });
});
