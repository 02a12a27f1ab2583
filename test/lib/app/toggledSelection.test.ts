import { describe, expect, it } from 'vitest';
import { toggledSelection } from '../../../src/lib/app/toggledSelection';
import type { Selection } from '../../../workers/protocol';

const tiers: Selection = { source: 'pyramid', keys: ['gold', 'silver'] };

describe('toggledSelection()', () => {
  it('toggledSelection() selects the clicked mark alone, with the column only when given', () => {
    expect(toggledSelection(null, 'pyramid', 'gold', false)).toEqual({ source: 'pyramid', keys: ['gold'] });
    expect(toggledSelection(tiers, 'pyramid', 'bronze', false)).toEqual({ source: 'pyramid', keys: ['bronze'] });
    expect(toggledSelection(null, 'segment', 'champions', false, 'segment_cn8')).toEqual({ source: 'segment', keys: ['champions'], column: 'segment_cn8' });
  });

  it('toggledSelection() clears the selection on a second click of the only selected mark, and on a null key', () => {
    expect(toggledSelection({ source: 'rfm', keys: ['5,5'] }, 'rfm', '5,5', false)).toBeNull();
    expect(toggledSelection(tiers, 'pyramid', null, true)).toBeNull();
    // Two marks selected: a plain click on one of them keeps just that one.
    expect(toggledSelection(tiers, 'pyramid', 'gold', false)).toEqual({ source: 'pyramid', keys: ['gold'] });
  });

  it('toggledSelection() with additive adds or removes the key in the same chart, and empties to null', () => {
    expect(toggledSelection(tiers, 'pyramid', 'bronze', true)).toEqual({ source: 'pyramid', keys: ['gold', 'silver', 'bronze'] });
    expect(toggledSelection(tiers, 'pyramid', 'gold', true)).toEqual({ source: 'pyramid', keys: ['silver'] });
    expect(toggledSelection({ source: 'pyramid', keys: ['gold'] }, 'pyramid', 'gold', true)).toBeNull();
  });

  it('toggledSelection() with additive starts afresh on another chart or another column of the same source', () => {
    expect(toggledSelection(tiers, 'cohorts', '2024-01', true)).toEqual({ source: 'cohorts', keys: ['2024-01'] });
    const value: Selection = { source: 'matrix', keys: ['a'], column: 'value' };
    expect(toggledSelection(value, 'matrix', 'b', true, 'loyalty')).toEqual({ source: 'matrix', keys: ['b'], column: 'loyalty' });
    expect(toggledSelection(value, 'matrix', 'b', true, 'value')).toEqual({ source: 'matrix', keys: ['a', 'b'], column: 'value' });
  });

  it('toggledSelection() leaves the current selection unchanged', () => {
    toggledSelection(tiers, 'pyramid', 'gold', true);
    expect(tiers).toEqual({ source: 'pyramid', keys: ['gold', 'silver'] });
  });
});
