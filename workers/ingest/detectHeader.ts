import { parseAmount } from './parseAmount';
import { parseDate } from './parseDate';
import { roleFromHeader } from './roleFromHeader';

/** Whether the first row is a header, and whether the evidence was clear. */
export interface HeaderGuess {
  hasHeader: boolean;
  confident: boolean;
}

type Kind = 'empty' | 'number' | 'date' | 'text';

/**
 * Decides whether `rows[0]` is a header: a cell that names a known column ("amount", 客户编号)
 * says yes; so does text above a column of numbers or dates. A first row with the same shape as
 * the rows below (a date and a number where a header would have names) says no. With no typed
 * column to compare, the answer is "header", not confident.
 */
export function detectHeader(rows: readonly (readonly string[])[]): HeaderGuess {
  if (rows.length === 0) return { hasHeader: false, confident: false };
  const first = rows[0];
  if (first.some((h) => roleFromHeader(h) !== null && kindOf(h) === 'text')) return { hasHeader: true, confident: true };
  const body = rows.slice(1, 200);
  if (body.length === 0) return { hasHeader: first.every((h) => kindOf(h) === 'text'), confident: false };
  let headerVotes = 0, dataVotes = 0;
  for (let c = 0; c < first.length; c++) {
    const kinds = body.map((r) => kindOf(r[c] ?? '')).filter((k) => k !== 'empty');
    if (kinds.length === 0) continue;
    const typed = kinds.filter((k) => k !== 'text').length / kinds.length;
    if (typed < 0.8) continue;
    const top = kindOf(first[c] ?? '');
    if (top === 'text') headerVotes++;
    else if (top !== 'empty') dataVotes++;
  }
  if (headerVotes > 0 && headerVotes >= dataVotes) return { hasHeader: true, confident: dataVotes === 0 };
  if (dataVotes > 0) return { hasHeader: false, confident: headerVotes === 0 };
  return { hasHeader: true, confident: false };
}

function kindOf(value: string): Kind {
  const v = value.trim();
  if (v === '') return 'empty';
  if (parseAmount(v).ok) return 'number';
  if (parseDate(v).ok) return 'date';
  return 'text';
}
