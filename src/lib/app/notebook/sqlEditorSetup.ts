import { autocompletion, closeBrackets } from '@codemirror/autocomplete';
import { PostgreSQL, sql, type SQLNamespace } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Prec, Transaction, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { editHistory, newlineKeepIndent, redoEdit, undoEdit } from './editorHistory';

/** CodeMirror's own interface words in Chinese (completion list, gutters, control characters). */
const ZH_PHRASES: Record<string, string> = {
  Completions: '补全',
  'Control character': '控制字符',
  'folded code': '折叠的代码',
  unfold: '展开',
  to: '至',
  close: '关闭',
};

/**
 * Completions for the SQL editor: every table and view with its columns, plus cell names whose
 * views do not exist yet (no columns known).
 */
export function completionSchema(tables: Record<string, string[]>, cellNames: readonly string[]): SQLNamespace {
  const schema: { [name: string]: readonly string[] } = {};
  for (const [name, columns] of Object.entries(tables)) schema[name] = columns;
  for (const name of cellNames) if (!Object.hasOwn(schema, name)) schema[name] = [];
  return schema;
}

/** The parts of the editor that change while it is open (reconfigured through these compartments). */
export interface SqlEditorParts {
  language: Compartment;
  label: Compartment;
  phrases: Compartment;
}

/** The SQL language with completions of `schema` (PostgreSQL is the closest dialect to DuckDB's). */
export function sqlLanguage(schema: SQLNamespace): Extension {
  return sql({ dialect: PostgreSQL, schema, upperCaseKeywords: false });
}

export function editorLabel(label: string): Extension {
  return EditorView.contentAttributes.of({ 'aria-label': label });
}

export function editorPhrases(locale: string): Extension {
  return EditorState.phrases.of(locale === 'zh-CN' ? ZH_PHRASES : {});
}

/**
 * Everything the notebook's SQL editor is made of: line numbers, highlighting, brackets,
 * completion (Ctrl+Space, or as you type), its own undo history, Ctrl/Cmd+Enter to run. Tab is
 * left to the browser, so the keyboard can always leave the editor.
 */
export function sqlEditorExtensions(opts: {
  parts: SqlEditorParts;
  schema: SQLNamespace;
  label: string;
  locale: string;
  onRun: () => void;
  onChange: (text: string) => void;
}): Extension[] {
  return [
    lineNumbers(),
    highlightSpecialChars(),
    drawSelection(),
    highlightActiveLine(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    editHistory(),
    autocompletion(),
    Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (opts.onRun(), true), preventDefault: true }])),
    keymap.of([
      { key: 'Mod-z', run: undoEdit, preventDefault: true },
      { key: 'Mod-Shift-z', run: redoEdit, preventDefault: true },
      { key: 'Mod-y', run: redoEdit, preventDefault: true },
      { key: 'Enter', run: newlineKeepIndent },
    ]),
    opts.parts.language.of(sqlLanguage(opts.schema)),
    opts.parts.label.of(editorLabel(opts.label)),
    opts.parts.phrases.of(editorPhrases(opts.locale)),
    EditorView.lineWrapping,
    EditorView.updateListener.of((u) => {
      // Changes from outside (addToHistory false) are the notebook's own: do not echo them back.
      if (u.docChanged && !u.transactions.some((tr) => tr.annotation(Transaction.addToHistory) === false)) {
        opts.onChange(u.state.doc.toString());
      }
    }),
  ];
}
