import { describe, expect, it } from 'vitest';
import { history, type HistoryState } from '../../../src/lib/notebook/history';

const recordAll = (values: number[], limit?: number): HistoryState<number> =>
  values.reduce<HistoryState<number> | undefined>((s, v) => history(s, { type: 'record', snapshot: v }, limit), undefined) as HistoryState<number>;

describe('history', () => {
  it('history() undoes and redoes recorded snapshots in order', () => {
    let s = recordAll([1, 2, 3]);
    s = history(s, { type: 'undo' });
    expect(s.present).toBe(2);
    s = history(s, { type: 'undo' });
    expect(s.present).toBe(1);
    s = history(s, { type: 'redo' });
    expect(s).toEqual({ past: [1], present: 2, future: [3] });
  });

  it('history() clears redo when a new snapshot is recorded', () => {
    let s = history(recordAll([1, 2, 3]), { type: 'undo' });
    s = history(s, { type: 'record', snapshot: 9 });
    expect(s).toEqual({ past: [1, 2], present: 9, future: [], key: undefined });
  });

  it('history() returns the same state for undo or redo at either end, and for an unchanged snapshot', () => {
    const s = recordAll([1]);
    expect(history(s, { type: 'undo' })).toBe(s);
    expect(history(s, { type: 'redo' })).toBe(s);
    expect(history(s, { type: 'record', snapshot: 1 })).toBe(s);
  });

  it('history() keeps at most `limit` past snapshots, dropping the oldest', () => {
    const s = recordAll(Array.from({ length: 150 }, (_, i) => i));
    expect(s.past).toHaveLength(100);
    expect(s.past[0]).toBe(49);
    expect(recordAll([1, 2, 3, 4], 2).past).toEqual([2, 3]);
  });

  it('history() merges records with the same key into one undo step', () => {
    let s = recordAll([0]);
    for (const v of [1, 2, 3]) s = history(s, { type: 'record', snapshot: v, key: 'edit:c1' });
    s = history(s, { type: 'record', snapshot: 4, key: 'edit:c2' });
    expect(s.past).toEqual([0, 3]);
    expect(history(history(s, { type: 'undo' }), { type: 'undo' }).present).toBe(0);
  });

  it('history() starts over on reset and refuses undo before the first snapshot', () => {
    expect(history(recordAll([1, 2]), { type: 'reset', snapshot: 7 })).toEqual({ past: [], present: 7, future: [] });
    expect(() => history<number>(undefined, { type: 'undo' })).toThrow('history: cannot undo before the first snapshot');
  });
});
