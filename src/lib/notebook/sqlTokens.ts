/** One lexical token of DuckDB SQL. Comments and whitespace are not tokens. */
export interface SqlToken {
  /**
   * word: unquoted identifier or keyword (value as written); ident: quoted identifier (value
   * unescaped); string: any string literal (value unescaped); punct: ( ) [ ] { } , . ;
   */
  type: 'word' | 'ident' | 'string' | 'number' | 'param' | 'punct' | 'op';
  value: string;
  /** Offsets in the source: start inclusive, end exclusive. */
  start: number;
  end: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;
const PUNCT = '()[]{},.;';
const OP_CHARS = '+-*/<>=~!@#%^&|`?:';
const DOLLAR_TAG = /\$(?:[\p{L}_][\p{L}\p{N}_]*)?\$/uy;

/** The end of a quoted run starting at `i` (the opening quote), with doubled quotes as escapes. */
function quotedEnd(sql: string, i: number, quote: string, backslash: boolean): { end: number; value: string } {
  let value = '';
  let j = i + 1;
  while (j < sql.length) {
    const c = sql[j];
    if (backslash && c === '\\' && j + 1 < sql.length) {
      value += sql[j + 1];
      j += 2;
    } else if (c === quote) {
      if (sql[j + 1] !== quote) return { end: j + 1, value };
      value += quote;
      j += 2;
    } else {
      value += c;
      j++;
    }
  }
  // Unterminated: the rest is inside the quote, as DuckDB would see it before failing.
  return { end: sql.length, value };
}

/** The end of a block comment at `i`; DuckDB (like Postgres) lets block comments nest. */
function blockCommentEnd(sql: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < sql.length) {
    if (sql.startsWith('/*', j)) {
      depth++;
      j += 2;
    } else if (sql.startsWith('*/', j)) {
      depth--;
      j += 2;
      if (depth === 0) return j;
    } else j++;
  }
  return sql.length;
}

/**
 * Split DuckDB SQL into tokens, skipping comments, so that callers never mistake text inside
 * a string literal, a quoted identifier or a comment for SQL.
 */
export function sqlTokens(sql: string): SqlToken[] {
  const out: SqlToken[] = [];
  let i = 0;
  const push = (type: SqlToken['type'], value: string, start: number, end: number): void => {
    out.push({ type, value, start, end });
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i];
    if (/\s/.test(c)) i++;
    else if (sql.startsWith('--', i)) {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (sql.startsWith('/*', i)) i = blockCommentEnd(sql, i);
    else if (c === "'") {
      const q = quotedEnd(sql, i, "'", false);
      push('string', q.value, i, q.end);
    } else if (c === '"') {
      const q = quotedEnd(sql, i, '"', false);
      push('ident', q.value, i, q.end);
    } else if (c === '$') {
      DOLLAR_TAG.lastIndex = i;
      const tag = DOLLAR_TAG.exec(sql);
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? sql.length : close + tag[0].length;
        push('string', sql.slice(i + tag[0].length, close < 0 ? sql.length : close), i, end);
      } else {
        let j = i + 1;
        while (j < sql.length && WORD_PART.test(sql[j])) j++;
        push('param', sql.slice(i, j), i, j);
      }
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      const m = /(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][+-]?[0-9]+)?/y;
      m.lastIndex = i;
      const len = m.exec(sql)?.[0].length || 1;
      push('number', sql.slice(i, i + len), i, i + len);
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < sql.length && WORD_PART.test(sql[j])) j++;
      const word = sql.slice(i, j);
      if ((word === 'e' || word === 'E') && sql[j] === "'") {
        // E'...' escape strings take backslash escapes.
        const q = quotedEnd(sql, j, "'", true);
        push('string', q.value, i, q.end);
      } else push('word', word, i, j);
    } else if (PUNCT.includes(c)) push('punct', c, i, i + 1);
    else if (OP_CHARS.includes(c)) {
      let j = i + 1;
      while (j < sql.length && OP_CHARS.includes(sql[j]) && !sql.startsWith('--', j) && !sql.startsWith('/*', j)) j++;
      push('op', sql.slice(i, j), i, j);
    } else push('op', c, i, i + 1);
  }
  return out;
}
