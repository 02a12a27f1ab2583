import { cohortCellsPartsSql } from './cohortCellsPartsSql';
import { cohortCurveFromPeriodsSql } from './cohortCurveFromPeriodsSql';
import { cohortCurveSql } from './cohortCurveSql';
import { cohortsFromPeriodsSql } from './cohortsFromPeriodsSql';
import { cohortsSql } from './cohortsSql';
import { layerCakeFromPeriodsSql } from './layerCakeFromPeriodsSql';
import { repeatStatsPartsSql } from './repeatStatsPartsSql';

const CELLS = '__cohort_cells';

/**
 * Everything the Cohorts tab runs for one grain, given how the data is split (dataParts):
 * `build` (temp tables, in order), the four queries it reads (`cells`: cohortsSql's rows,
 * `curve`: cohortCurveSql's, `cake`: the monthly layer cake by 'YYYY-MM', `stats`:
 * repeatStatsSql's), then `drop`, to run after reading and on failure.
 * Monthly cohorts and the layer cake read the overview's customer_periods and customer_rfm (built
 * over all orders, as these views count). Weekly or quarterly cohorts group the orders again: in
 * one statement up to 4M rows, above that one customer slice at a time (cohortCellsPartsSql).
 * Grouping 20M orders in one statement ran DuckDB-WASM out of memory.
 */
export function cohortsTabSql(period: 'month' | 'week' | 'quarter', split: { parts: number; refDate: string | null }): {
  build: string[]; cells: string; curve: string; cake: string; stats: string; drop: string[];
} {
  const repeat = repeatStatsPartsSql(split.parts, split.refDate);
  const cake = `SELECT strftime(period_start, '%Y-%m') AS month, cohort, revenue FROM (${layerCakeFromPeriodsSql()}) AS k`;
  const base = { cake, stats: repeat.query };
  if (period === 'month') {
    return { ...base, build: repeat.build, cells: cohortsFromPeriodsSql(), curve: cohortCurveFromPeriodsSql(), drop: repeat.drop };
  }
  if (split.parts <= 1 || split.refDate === null) {
    return { ...base, build: repeat.build, cells: cohortsSql({ period }), curve: cohortCurveSql({ period }), drop: repeat.drop };
  }
  const cells = cohortCellsPartsSql({ into: CELLS, period, parts: split.parts, refDate: split.refDate });
  return {
    ...base, build: [...cells.build, ...repeat.build],
    cells: cohortsFromPeriodsSql({ cells: CELLS, period }), curve: cohortCurveFromPeriodsSql({ cells: CELLS, period }),
    drop: [...cells.drop, ...repeat.drop],
  };
}
