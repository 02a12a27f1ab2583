import type { Cell } from '../../notebook/types';
import { dropViewSql } from './runPlan';

/**
 * Drop the views `names` that no cell of `cells` defines any more (case-insensitive, as DuckDB
 * names are), one statement each through `exec`. A name that is not a view (a table of that
 * name, e.g. an imported one) is left alone: only the notebook's own views are ours to drop.
 */
export async function dropUnusedViews(exec: (sql: string) => Promise<void>, cells: readonly Cell[], names: readonly string[]): Promise<void> {
  const live = new Set(cells.flatMap((c) => ('name' in c ? [c.name.toLowerCase()] : [])));
  for (const name of names) {
    if (live.has(name.toLowerCase())) continue;
    try {
      await exec(dropViewSql(name));
    } catch {
      // Not a view: nothing of ours to drop.
    }
  }
}
