import { describe, expect, it } from 'vitest';
import { brushedSelection } from '../../../src/lib/app/brushedSelection';
import type { Selection } from '../../../workers/protocol';

const cells: Selection = { source: 'rfm', keys: ['1,1', '1,2'] };

describe('brushedSelection()', () => {
  it('brushedSelection() selects the brushed marks, each once, replacing what was selected', () => {
    expect(brushedSelection(cells, 'rfm', ['2,2', '2,3', '2,2'], false)).toEqual({ source: 'rfm', keys: ['2,2', '2,3'] });
    expect(brushedSelection(null, 'rank', ['0..0.2'], false, 'value')).toEqual({ source: 'rank', keys: ['0..0.2'], column: 'value' });
  });

  it('brushedSelection() with additive adds to the same chart\'s selection, keeping its order', () => {
    expect(brushedSelection(cells, 'rfm', ['1,2', '3,3'], true)).toEqual({ source: 'rfm', keys: ['1,1', '1,2', '3,3'] });
    expect(brushedSelection(cells, 'cohorts', ['2024-02'], true)).toEqual({ source: 'cohorts', keys: ['2024-02'] });
    expect(brushedSelection(cells, 'rfm', ['2,2'], true, 'other')).toEqual({ source: 'rfm', keys: ['2,2'], column: 'other' });
  });

  it('brushedSelection() gives null for no keys, and keeps the additive base when no keys are added', () => {
    expect(brushedSelection(cells, 'rfm', [], false)).toBeNull();
    expect(brushedSelection(null, 'rfm', [], true)).toBeNull();
    expect(brushedSelection(cells, 'rfm', [], true)).toEqual({ source: 'rfm', keys: ['1,1', '1,2'] });
  });
});
