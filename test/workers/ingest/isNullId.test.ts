import { describe, expect, it } from 'vitest';
import { isNullId } from '../../../workers/ingest/isNullId';

describe('isNullId()', () => {
  it('isNullId() takes the placeholders exports write for no customer, whatever their case', () => {
    for (const id of ['', 'NULL', 'n/a', 'N/A', '#N/A', 'None', '-', '--', '—', 'NaN', 'nil', '(null)', '(Blank)', 'undefined', '?', '无', '空']) {
      expect(isNullId(id), id).toBe(true);
    }
  });

  it('isNullId() keeps real ids, including ones that look like numbers or contain a placeholder', () => {
    for (const id of ['0', '00123', 'NA1', 'nan-7', 'C-1', '-1', '无名', 'none?']) expect(isNullId(id), id).toBe(false);
  });

  it('isNullId() expects the id trimmed: the caller trims, a padded placeholder is not one', () => {
    expect(isNullId(' n/a ')).toBe(false);
  });
});
