/** Undo and redo over snapshots: what was, what is, what was undone. Never mutated. */
export interface HistoryState<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The key of the last record; a record with the same key replaces it (see history). */
  readonly key?: string;
}

/** What to do to a history. */
export type HistoryAction<T> =
  | { type: 'reset'; snapshot: T }
  | { type: 'record'; snapshot: T; key?: string }
  | { type: 'undo' }
  | { type: 'redo' };

/** Snapshots kept for undo; older ones are dropped. */
const LIMIT = 100;

/**
 * The next history after `action` (a pure reducer; snapshots are shared, never copied).
 * `record` makes `snapshot` the present and clears redo; records with the same `key` in a row
 * (keystrokes in one cell's editor, say `edit:c3`) merge into one undo step. `undo`/`redo` at
 * either end return the history unchanged. At most `limit` (default 100) past snapshots are kept.
 */
export function history<T>(state: HistoryState<T> | undefined, action: HistoryAction<T>, limit = LIMIT): HistoryState<T> {
  if (action.type === 'reset') return { past: [], present: action.snapshot, future: [] };
  if (!state) {
    if (action.type === 'record') return { past: [], present: action.snapshot, future: [], key: action.key };
    throw new Error(`history: cannot ${action.type} before the first snapshot`);
  }
  switch (action.type) {
    case 'record': {
      if (action.snapshot === state.present) return state;
      if (action.key !== undefined && action.key === state.key && state.future.length === 0) {
        return { ...state, present: action.snapshot };
      }
      const past = [...state.past, state.present];
      return { past: past.slice(Math.max(0, past.length - limit)), present: action.snapshot, future: [], key: action.key };
    }
    case 'undo': {
      if (state.past.length === 0) return state;
      return { past: state.past.slice(0, -1), present: state.past[state.past.length - 1], future: [state.present, ...state.future] };
    }
    case 'redo': {
      if (state.future.length === 0) return state;
      return { past: [...state.past, state.present], present: state.future[0], future: state.future.slice(1) };
    }
  }
}
