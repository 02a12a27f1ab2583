import { sqlTokens, type SqlToken } from './sqlTokens';

/** One level of parentheses (or the statement itself) and what the scan knows about it. */
interface Frame {
  /** Holds a query (or a join tree), so FROM opens a table list; false in extract(x FROM d). */
  isQuery: boolean;
  /** No token seen yet at this level. */
  first: boolean;
  /** Inside a FROM clause: a comma or JOIN at this level starts another table. */
  fromActive: boolean;
  /** The next token is where a table reference may stand. */
  expectItem: boolean;
  /** CTE names defined at this level, visible here and in nested levels. */
  ctes: Set<string>;
  cte: 'none' | 'name' | 'beforeBody' | 'afterBody';
  recursive: boolean;
  pendingCte: string;
  prev: string;
  onClose?: () => void;
}

const frame = (isQuery: boolean, fromActive = false): Frame => ({
  isQuery, first: true, fromActive, expectItem: fromActive, ctes: new Set(),
  cte: 'none', recursive: false, pendingCte: '', prev: '',
});

// A frame whose first word is one of these holds a query: `(SELECT ...)`, `EXISTS (FROM t)`.
const QUERY_START = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'PIVOT', 'UNPIVOT', 'SUMMARIZE', 'DESCRIBE', 'SHOW']);
// Statements that name a table right after their keyword.
const TABLE_AFTER = new Set(['TABLE', 'PIVOT', 'UNPIVOT', 'SUMMARIZE', 'DESCRIBE']);
// Words that end a FROM clause at their level.
const CLAUSE_END = new Set([
  'SELECT', 'WHERE', 'GROUP', 'HAVING', 'WINDOW', 'QUALIFY', 'ORDER', 'LIMIT', 'OFFSET', 'UNION',
  'INTERSECT', 'EXCEPT', 'RETURNING', 'FETCH', 'SET', 'VALUES',
]);
// Reserved words that cannot stand unquoted where a table is expected.
const NOT_A_TABLE = new Set([
  ...CLAUSE_END, 'WITH', 'FROM', 'JOIN', 'ON', 'USING', 'LEFT', 'RIGHT', 'INNER', 'OUTER', 'FULL', 'CROSS',
  'NATURAL', 'ASOF', 'POSITIONAL', 'ANTI', 'SEMI', 'AS', 'CASE', 'NOT', 'EXISTS',
]);
const SKIP_IN_ITEM = new Set(['LATERAL', 'ONLY']);

/**
 * The tables and views a query reads, lowercased, each once, in order of first appearance:
 * names after FROM and JOIN, in comma joins and in subqueries at any depth. Leaves out names
 * inside string literals, quoted text and comments, CTEs defined in the query (where they are
 * in scope), table functions such as read_csv(...) and file paths such as FROM 'x.csv'.
 * Qualified names keep their dots: `main.orders`.
 */
export function tableRefs(sql: string): string[] {
  const tokens = sqlTokens(sql);
  const found = new Set<string>();
  let stack: Frame[] = [frame(true)];
  let pending: { parts: string[]; afterDot: boolean } | null = null;

  const top = (): Frame => stack[stack.length - 1];
  const isCte = (name: string): boolean => stack.some((f) => f.ctes.has(name));
  const flush = (): void => {
    if (pending && !pending.afterDot) {
      const name = pending.parts.join('.');
      if (pending.parts.length > 1 || !isCte(name)) found.add(name);
    }
    pending = null;
  };

  for (let k = 0; k < tokens.length; k++) {
    const t: SqlToken = tokens[k];
    const f = top();
    const word = t.type === 'word' ? t.value.toUpperCase() : '';
    const name = t.type === 'word' || t.type === 'ident' ? t.value.toLowerCase() : '';

    if (pending) {
      if (t.value === '(' && t.type === 'punct' && !pending.afterDot) {
        pending = null; // a table function: read_csv(...), range(...), unnest(...)
        f.prev = '';
        stack.push(frame(false));
        continue;
      }
      if (t.value === '.' && t.type === 'punct' && !pending.afterDot) {
        pending.afterDot = true;
        continue;
      }
      if (name && pending.afterDot) {
        pending.parts.push(name);
        pending.afterDot = false;
        continue;
      }
      flush();
    }

    const wasFirst = f.first;
    f.first = false;
    if (wasFirst && QUERY_START.has(word)) f.isQuery = true;

    // WITH name [(cols)] AS [NOT] [MATERIALIZED] (body) [, ...]; a stray ) or ; ends a broken list.
    if (t.type === 'punct' && (t.value === ')' || t.value === ';')) f.cte = 'none';
    if (f.isQuery && f.cte !== 'none') {
      if (f.cte === 'name') {
        if (word === 'RECURSIVE') f.recursive = true;
        else if (name) {
          f.pendingCte = name;
          if (f.recursive) f.ctes.add(name);
          f.cte = 'beforeBody';
        }
        continue;
      }
      if (f.cte === 'beforeBody') {
        if (t.value === '(' && t.type === 'punct') {
          const body = f.prev === 'AS' || f.prev === 'MATERIALIZED';
          const inner = frame(body);
          if (body) {
            const cteName = f.pendingCte;
            // Added only once the body is read: a non-recursive CTE that names itself reads the table.
            inner.onClose = () => {
              f.ctes.add(cteName);
              f.cte = 'afterBody';
            };
          }
          stack.push(inner);
        }
        f.prev = word;
        continue;
      }
      if (t.value === ',' && t.type === 'punct') {
        f.cte = 'name';
        continue;
      }
      f.cte = 'none';
    }

    if (t.type === 'punct') {
      const p = t.value;
      if (p === '(' || p === '[' || p === '{') {
        // A parenthesis where a table may stand holds a subquery or a join tree.
        const item = f.expectItem && p === '(';
        f.expectItem = false;
        stack.push(item ? frame(true, true) : frame(false));
      } else if (p === ')' || p === ']' || p === '}') {
        if (stack.length > 1) {
          stack.pop();
          f.onClose?.();
        }
      } else if (p === ';') stack = [frame(true)];
      else if (p === ',' && f.fromActive) f.expectItem = true;
      f.prev = '';
      continue;
    }

    if (f.expectItem) {
      if (SKIP_IN_ITEM.has(word)) continue;
      f.expectItem = false;
      if (t.type === 'ident' || (name && !NOT_A_TABLE.has(word))) {
        pending = { parts: [name], afterDot: false };
        continue;
      }
    }

    if (word === 'WITH' && f.isQuery && tokens[k + 1]?.value.toUpperCase() !== 'ORDINALITY') {
      f.cte = 'name';
      f.fromActive = false;
    } else if (word === 'FROM' && f.isQuery) {
      f.fromActive = true;
      f.expectItem = true;
    } else if (word === 'JOIN' && f.fromActive) f.expectItem = true;
    else if (wasFirst && TABLE_AFTER.has(word)) f.expectItem = true;
    else if (CLAUSE_END.has(word)) f.fromActive = false;
    f.prev = word;
  }
  flush();
  return [...found];
}
