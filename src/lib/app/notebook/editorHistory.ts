import { EditorSelection, StateEffect, StateField, Transaction, type ChangeSet, type Extension, type StateCommand } from '@codemirror/state';

/** One undo step: the changes that revert it and the selection to put back. */
interface Step {
  changes: ChangeSet;
  selection: EditorSelection;
}

interface Hist {
  done: readonly Step[];
  undone: readonly Step[];
  /** When the last recorded step was typed, to merge a burst of typing into one step. */
  at: number;
}

const LIMIT = 200;
const MERGE_MS = 600;
const setHist = StateEffect.define<Hist>();

const histField = StateField.define<Hist>({
  create: () => ({ done: [], undone: [], at: 0 }),
  update(h, tr) {
    for (const e of tr.effects) if (e.is(setHist)) return e.value;
    if (!tr.docChanged) return h;
    // A change from outside (the notebook's own undo, a file opened) starts a new history.
    if (tr.annotation(Transaction.addToHistory) === false) return { done: [], undone: [], at: 0 };
    const inverse = tr.changes.invert(tr.startState.doc);
    const now = tr.annotation(Transaction.time) ?? Date.now();
    const last = h.done[h.done.length - 1];
    if (last && tr.isUserEvent('input.type') && now - h.at < MERGE_MS) {
      // Undoing both = revert the newer change, then the older one.
      return { done: [...h.done.slice(0, -1), { changes: inverse.compose(last.changes), selection: last.selection }], undone: [], at: now };
    }
    const done = [...h.done, { changes: inverse, selection: tr.startState.selection }];
    return { done: done.slice(Math.max(0, done.length - LIMIT)), undone: [], at: tr.isUserEvent('input.type') ? now : 0 };
  },
});

function travel(from: 'done' | 'undone'): StateCommand {
  return ({ state, dispatch }) => {
    const h = state.field(histField, false);
    const stack = h?.[from];
    if (!h || !stack || stack.length === 0) return false;
    const step = stack[stack.length - 1];
    const back: Step = { changes: step.changes.invert(state.doc), selection: state.selection };
    const next: Hist = from === 'done'
      ? { done: h.done.slice(0, -1), undone: [...h.undone, back], at: 0 }
      : { done: [...h.done, back], undone: h.undone.slice(0, -1), at: 0 };
    dispatch(state.update({
      changes: step.changes,
      selection: step.selection,
      effects: setHist.of(next),
      scrollIntoView: true,
      userEvent: from === 'done' ? 'undo' : 'redo',
    }));
    return true;
  };
}

/** Undo the last typing step in the editor. */
export const undoEdit: StateCommand = travel('done');
/** Redo the last undone step. */
export const redoEdit: StateCommand = travel('undone');

/**
 * A small undo history for the SQL editor (the `@codemirror/commands` package is not among the
 * dependencies): bursts of typing merge into one step; changes dispatched with
 * `Transaction.addToHistory.of(false)` reset it.
 */
export function editHistory(): Extension {
  return histField;
}

/** Enter: a new line indented like the current one. */
export const newlineKeepIndent: StateCommand = ({ state, dispatch }) => {
  dispatch(state.update(state.changeByRange((range) => {
    const line = state.doc.lineAt(range.from);
    const indent = /^[ \t]*/.exec(line.text)?.[0] ?? '';
    const insert = `\n${indent}`;
    return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.cursor(range.from + insert.length) };
  }), { scrollIntoView: true, userEvent: 'input' }));
  return true;
};
