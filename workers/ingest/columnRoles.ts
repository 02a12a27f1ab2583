import type { NumberRole, Role, TextRole } from './types';
import { NUMBER_ROLES, TEXT_ROLES } from './types';

/** Which file column feeds which role; see columnRoles. */
interface ColumnRoles {
  /** The first column of each role ('attribute' and 'ignore' excluded). */
  col: Partial<Record<Role, number>>;
  textCols: [TextRole, number][];
  numberCols: [NumberRole, number][];
  /** Columns kept as attributes: role 'attribute', and repeats of a role already taken. */
  attrCols: [string, number][];
}

/**
 * The columns of `headers` by the role `mapping` gives them: the first column of a role feeds
 * it, a second one is kept as an attribute rather than dropped or mixed in. The TypeScript
 * ingest and the fast path's plan both derive their columns here, so they read the same ones.
 */
export function columnRoles(headers: readonly string[], mapping: Record<string, Role>): ColumnRoles {
  const col: Partial<Record<Role, number>> = {};
  const textCols: [TextRole, number][] = [];
  const numberCols: [NumberRole, number][] = [];
  const attrCols: [string, number][] = [];
  headers.forEach((h, c) => {
    const role = mapping[h] ?? 'ignore';
    if (role === 'ignore') return;
    if (role === 'attribute' || col[role] !== undefined) {
      attrCols.push([h, c]);
      return;
    }
    col[role] = c;
    // SAFETY: `includes` on the role lists is the membership test the narrowing casts stand for.
    if ((TEXT_ROLES as readonly string[]).includes(role)) textCols.push([role as TextRole, c]);
    if ((NUMBER_ROLES as readonly string[]).includes(role)) numberCols.push([role as NumberRole, c]);
  });
  return { col, textCols, numberCols, attrCols };
}
