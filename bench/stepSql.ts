import { cohortsSql } from '../src/lib/sql/cohortsSql';
import { giniSql } from '../src/lib/sql/giniSql';
import { lorenzSql } from '../src/lib/sql/lorenzSql';
import { pyramidTiersSql } from '../src/lib/sql/pyramidTiersSql';
import { overviewParts } from '../workers/overview/overviewParts';
import { prepareCustomerRfmSql } from '../workers/overview/prepareCustomerRfmSql';
import type { Selection } from '../workers/overview/Selection';

/**
 * The SQL text of the query steps, built once in Node by the app's own builders and sent as text
 * to both engines, so the browser and native DuckDB run byte-identical statements.
 */
export interface StepSql {
  /**
   * Statements that (re)build customer_rfm from `rows` transactions as Engine.prepareOverview
   * does (prepareCustomerRfmSql): one statement up to overviewParts' threshold, then in customer
   * slices, which need the reference date (the day after the last order).
   */
  rfm: (rows: number, refDate: () => Promise<string>) => Promise<string[]>;
  /** Queries of the pyramid chart and its Gini/Lorenz companions, run one after another. */
  pyramid: string[];
  cohorts: string;
}

/** Lorenz points the overview asks for (overviewData.ts): enough for a chart of a million customers. */
const LORENZ_POINTS = 200;

export function stepSql(): StepSql {
  return {
    rfm: async (rows, refDate) => {
      const parts = overviewParts(rows);
      return parts === 1 ? prepareCustomerRfmSql() : prepareCustomerRfmSql({ refDate: await refDate() }, parts);
    },
    pyramid: [pyramidTiersSql(), giniSql(), lorenzSql({ points: LORENZ_POINTS })],
    cohorts: cohortsSql(),
  };
}

/** The click the selection step repeats: the 19% tier under the top 1% (cnTierSet). */
export const SELECTION: Selection = { source: 'pyramid', keys: ['次要客户'] };

/** Clicks per size; their median is reported, so one slow first click does not dominate. */
export const SELECTION_CLICKS = 5;

