import { cohortsTabSql } from '../src/lib/sql/cohortsTabSql';
import { dataPartsSql } from '../src/lib/sql/dataPartsSql';
import { giniSql } from '../src/lib/sql/giniSql';
import { lorenzSql } from '../src/lib/sql/lorenzSql';
import { pyramidTiersSql } from '../src/lib/sql/pyramidTiersSql';
import { overviewParts } from '../workers/overview/overviewParts';
import { prepareCustomerRfmSql } from '../workers/overview/prepareCustomerRfmSql';
import { customerOverviewSql } from '../workers/overview/customerOverviewSql';
import { prepareOverviewSql } from '../workers/overview/prepareOverviewSql';
import type { Selection } from '../workers/overview/Selection';
import { recordOverviewSql } from './recordOverviewSql';

/**
 * The SQL text of the query steps, built once in Node by the app's own builders and sent as text
 * to both engines, so the browser and native DuckDB run byte-identical statements.
 */
export interface StepSql {
  /**
   * Statements that (re)build customer_rfm from `rows` transactions as Engine.prepareOverview
   * does (prepareCustomerRfmSql): one statement up to overviewParts' threshold, then in customer
   * slices, which need the reference date (the day after the last order). `linesAreOrders`: the
   * import marked the table so (linesAreOrdersSql), and prepareOverview reads lines as orders.
   */
  rfm: (rows: number, refDate: () => Promise<string>, linesAreOrders: boolean) => Promise<string[]>;
  /** Queries of the pyramid chart and its Gini/Lorenz companions, run one after another. */
  pyramid: string[];
  /**
   * What the Cohorts tab runs (loadCohorts, monthly: dataPartsSql, then cohortsTabSql) on `rows`
   * transactions: its cells, curve and layer cake from customer_periods/customer_rfm, and the
   * repeat figures in customer slices past overviewParts' threshold (which need the reference date).
   */
  cohorts: (rows: number, refDate: () => Promise<string>) => Promise<string[]>;
  /** What prepareOverview runs on data of one part (up to 4M rows: overviewParts), replayed for its parts' times. */
  prepare: (linesAreOrders: boolean) => string[];
  prepareNames: string[];
  /** The statements overview(null) runs, in order (recordOverviewSql), and their names in customerOverviewSql. */
  overview: string[];
  overviewNames: string[];
}

/** Lorenz points the overview asks for (overviewData.ts): enough for a chart of a million customers. */
const LORENZ_POINTS = 200;

export function stepSql(): StepSql {
  const overview = recordOverviewSql(null);
  const named: Record<string, string> = { ...customerOverviewSql('customer_rfm', LORENZ_POINTS) };
  return {
    rfm: async (rows, refDate, linesAreOrders) => {
      const parts = overviewParts(rows);
      return parts === 1 ? prepareCustomerRfmSql({ linesAreOrders }) : prepareCustomerRfmSql({ refDate: await refDate(), linesAreOrders }, parts);
    },
    pyramid: [pyramidTiersSql(), giniSql(), lorenzSql({ points: LORENZ_POINTS })],
    cohorts: async (rows, refDate) => {
      const parts = overviewParts(rows);
      const tab = cohortsTabSql('month', { parts, refDate: parts === 1 ? null : await refDate() });
      return [dataPartsSql(), ...tab.build, tab.cells, tab.curve, tab.cake, tab.stats, ...tab.drop];
    },
    prepare: (linesAreOrders) => prepareOverviewSql({ linesAreOrders }),
    prepareNames: ['customer_rfm made', 'customer_rfm filled', 'customer_periods', 'drop saved cuts'],
    overview,
    overviewNames: overview.map((sql) => Object.entries(named).find(([, text]) => text === sql)?.[0] ?? sql.slice(0, 20)),
  };
}

/** The click the selection step repeats: the 19% tier under the top 1% (cnTierSet). */
export const SELECTION: Selection = { source: 'pyramid', keys: ['次要客户'] };

/** Clicks per size; their median is reported, so one slow first click does not dominate. */
export const SELECTION_CLICKS = 5;

