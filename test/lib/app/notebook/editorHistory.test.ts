import { EditorState, Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { editHistory, newlineKeepIndent, redoEdit, undoEdit } from '../../../../src/lib/app/notebook/editorHistory';
import { completionSchema } from '../../../../src/lib/app/notebook/sqlEditorSetup';

/** A headless editor: state plus a dispatch that keeps it. */
function editor(doc: string) {
  let state = EditorState.create({ doc, extensions: [editHistory()] });
  const dispatch = (tr: Transaction) => (state = tr.state);
  return {
    get text() {
      return state.doc.toString();
    },
    type(at: number, insert: string, time: number) {
      dispatch(state.update({ changes: { from: at, insert }, userEvent: 'input.type', annotations: Transaction.time.of(time) }));
    },
    external(text: string) {
      dispatch(state.update({ changes: { from: 0, to: state.doc.length, insert: text }, annotations: Transaction.addToHistory.of(false) }));
    },
    undo: () => undoEdit({ state, dispatch }),
    redo: () => redoEdit({ state, dispatch }),
    enter: (at: number) => {
      state = state.update({ selection: { anchor: at } }).state;
      newlineKeepIndent({ state, dispatch });
    },
  };
}

describe('editor history', () => {
  it('undoEdit() merges a burst of typing into one step and redoEdit() brings it back', () => {
    const e = editor('SELECT ');
    e.type(7, '1', 1000);
    e.type(8, '2', 1100);
    e.type(9, '3', 5000);
    expect(e.text).toBe('SELECT 123');
    expect(e.undo()).toBe(true);
    expect(e.text).toBe('SELECT 12');
    expect(e.undo()).toBe(true);
    expect(e.text).toBe('SELECT ');
    expect(e.undo()).toBe(false);
    expect(e.redo()).toBe(true);
    expect(e.redo()).toBe(true);
    expect(e.text).toBe('SELECT 123');
    expect(e.redo()).toBe(false);
  });

  it('a change from outside the editor starts a new history', () => {
    const e = editor('a');
    e.type(1, 'b', 1000);
    e.external('SELECT 2');
    expect(e.undo()).toBe(false);
    expect(e.text).toBe('SELECT 2');
  });

  it('newlineKeepIndent() indents the new line like the current one', () => {
    const e = editor('SELECT\n  a,');
    e.enter(11);
    expect(e.text).toBe('SELECT\n  a,\n  ');
  });

  it('completionSchema() offers every table with its columns and cells not run yet', () => {
    expect(completionSchema({ transactions: ['customer_id', 'amount'], a: ['x'] }, ['a', 'b'])).toEqual({ transactions: ['customer_id', 'amount'], a: ['x'], b: [] });
  });
});
