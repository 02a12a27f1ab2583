import { customerSliceViewSql } from './customerSliceViewSql';
import { repeatPartSql } from './repeatPartSql';
import { repeatStatsFromPartsSql } from './repeatStatsFromPartsSql';
import { repeatStatsSql } from './repeatStatsSql';

const VIEW = '__repeat_part';
const PARTS = '__repeat_parts';

/**
 * repeatStatsSql()'s row in `parts` customer slices: `build` fills a temp table with one
 * repeatPartSql row per slice, `query` adds them up (repeatStatsFromPartsSql), `drop` cleans up.
 * One part: repeatStatsSql() alone. `refDate` fixes the window for every slice (each would
 * otherwise take its own latest date). The order-level grouping over the 20M orders of a big
 * file in one statement ran DuckDB-WASM out of memory.
 */
export function repeatStatsPartsSql(parts: number, refDate: string | null): { build: string[]; query: string; drop: string[] } {
  if (parts <= 1 || refDate === null) return { build: [], query: repeatStatsSql(), drop: [] };
  const build: string[] = [];
  for (let k = 0; k < parts; k++) {
    const part = repeatPartSql({ table: VIEW, refDate });
    build.push(customerSliceViewSql(VIEW, k, parts), k === 0 ? `CREATE OR REPLACE TEMP TABLE ${PARTS} AS ${part}` : `INSERT INTO ${PARTS} ${part}`);
  }
  return { build, query: repeatStatsFromPartsSql(PARTS), drop: [`DROP VIEW IF EXISTS ${VIEW}`, `DROP TABLE IF EXISTS ${PARTS}`] };
}
