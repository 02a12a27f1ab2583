import type { AnalysisCell, JsonValue } from '../../notebook/types';
import { basketPairsSql } from '../../sql/basketPairsSql';
import { clvSummary } from '../../sql/clvSummary';
import { cnTierSet } from '../../sql/cnTierSet';
import { cohortsFromPeriodsSql } from '../../sql/cohortsFromPeriodsSql';
import { cohortsSql } from '../../sql/cohortsSql';
import { contributionSql, type ContributionDimension } from '../../sql/contributionSql';
import type { CustomerRfmOptions } from '../../sql/CustomerRfmOptions';
import { customerRfmReadSql } from '../../sql/customerRfmReadSql';
import { customerRfmSql } from '../../sql/customerRfmSql';
import { lifecycleSql } from '../../sql/lifecycleSql';
import { lifecycleStagesSql } from '../../sql/lifecycleStagesSql';
import { platinumTierSet } from '../../sql/platinumTierSet';
import { pyramidTiersSql } from '../../sql/pyramidTiersSql';
import { valueMatrixSql } from '../../sql/valueMatrixSql';
import type { WindowOptions } from '../../sql/WindowOptions';
import { withCteSql } from '../../sql/withCteSql';

/** Notebook-wide defaults an analysis falls back on (NotebookParams), and how the page runs it. */
export interface AnalysisDefaults {
  refDate?: string;
  /**
   * Read the per-customer tables the engine built after the import (customer_rfm and
   * customer_periods: prepareOverview, with no options) when a cell's options are theirs, instead of
   * computing them again from every order: the same rows, in a fraction of the memory (over 20M
   * rows the one-statement RFM does not fit in wasm memory). For the page's runs only; the SQL a
   * cell shows, converts to and exports is always the full query.
   */
  overviewTables?: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Typed reads of a cell's options, each error naming the option: `options.bins: "x" (expected ...)`. */
function reader(options: { [key: string]: JsonValue }) {
  const raw = (key: string): JsonValue | undefined => {
    const v = Object.hasOwn(options, key) ? options[key] : undefined;
    return v === null || v === '' ? undefined : v;
  };
  const fail = (key: string, expected: string): never => {
    throw new Error(`options.${key}: ${JSON.stringify(options[key])} (expected ${expected})`);
  };
  return {
    number(key: string): number | undefined {
      const v = raw(key);
      if (v === undefined) return undefined;
      const n = typeof v === 'string' ? Number(v) : v;
      return typeof n === 'number' && Number.isFinite(n) ? n : fail(key, 'a number');
    },
    choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
      const v = raw(key);
      if (v === undefined) return undefined;
      return allowed.find((a) => a === v) ?? fail(key, allowed.join(', '));
    },
    date(key: string): string | undefined {
      const v = raw(key);
      if (v === undefined) return undefined;
      return typeof v === 'string' && ISO_DATE.test(v) ? v : fail(key, 'a date as YYYY-MM-DD');
    },
    name(key: string): string | undefined {
      const v = raw(key);
      if (v === undefined) return undefined;
      return typeof v === 'string' && NAME.test(v) ? v : fail(key, 'a table or cell name');
    },
    boolean(key: string): boolean | undefined {
      const v = raw(key);
      if (v === undefined) return undefined;
      return typeof v === 'boolean' ? v : fail(key, 'true or false');
    },
  };
}

/**
 * The SQL of an analysis cell, built by the src/lib/sql builders from the cell's options
 * (analysisFields.ts lists them): one SELECT that defines the cell's view. `defaults.refDate`
 * (the notebook's reference date) applies when the cell sets none. Throws on a bad option with
 * a message naming it. The CLV cell gives the per-customer summary the purchase models are fitted
 * on; the fit itself runs in the Analyses panel.
 */
export function analysisSql(cell: AnalysisCell, defaults: AnalysisDefaults = {}): string {
  const o = reader(cell.options);
  const window: WindowOptions = {};
  const tableName = o.name('table');
  if (tableName !== undefined) window.table = tableName;
  const refDate = o.date('refDate') ?? defaults.refDate;
  if (refDate !== undefined) window.refDate = refDate;
  const from = o.date('from');
  if (from !== undefined) window.from = from;

  const rfmOptions = (): CustomerRfmOptions => {
    const opts: CustomerRfmOptions = { ...window };
    const bins = o.number('bins');
    if (bins !== undefined) {
      if (![3, 4, 5, 10].includes(bins)) throw new Error(`options.bins: ${bins} (expected 3, 4, 5 or 10)`);
      opts.bins = bins;
    }
    const monetary = o.choice('monetary', ['total', 'mean'] as const);
    if (monetary) opts.monetary = monetary;
    const binning = o.choice('binning', ['quantile', 'rank'] as const);
    if (binning) opts.binning = binning;
    const compare = o.choice('cn8Compare', ['values', 'scores'] as const);
    if (compare) opts.cn8Compare = compare;
    const value = o.choice('value', ['revenue', 'margin'] as const);
    if (value) opts.value = value;
    if (o.choice('tiers', ['cn', 'platinum'] as const) === 'platinum') opts.tiers = platinumTierSet;
    return opts;
  };

  // prepareOverview builds customer_rfm with no options: over all of transactions, its own
  // reference date (the latest order's), the textbook defaults.
  const asOverview = (opts: object): boolean => defaults.overviewTables === true && Object.keys(opts).length === 0;

  switch (cell.analysis) {
    case 'rfm': {
      const opts = rfmOptions();
      return asOverview(opts) ? customerRfmReadSql() : customerRfmSql(opts);
    }
    case 'pyramid': {
      const opts = rfmOptions();
      // customer_rfm's tiers are never rewritten (edited tiers stay in the Pyramid tab).
      if (asOverview(opts)) return pyramidTiersSql({ tiers: cnTierSet });
      return withCteSql({ customer_rfm: customerRfmSql(opts) }, pyramidTiersSql({ tiers: opts.tiers ?? cnTierSet }));
    }
    case 'cohorts': {
      const period = o.choice('period', ['month', 'week', 'quarter'] as const);
      // customer_periods holds the monthly cohorts over all orders.
      if (asOverview(window) && (period ?? 'month') === 'month') return cohortsFromPeriodsSql();
      return cohortsSql(period ? { ...window, period } : window);
    }
    case 'lifecycle': {
      const rules = ['explorationDays', 'windowDays', 'growthFactor', 'declineFactor', 'declineIntervals', 'lostDays', 'lostIntervals'] as const;
      const opts: Parameters<typeof lifecycleSql>[0] = { ...window };
      for (const key of rules) {
        const v = o.number(key);
        if (v !== undefined) opts[key] = v;
      }
      return withCteSql({ customer_lifecycle: lifecycleSql(opts) }, lifecycleStagesSql());
    }
    case 'matrix': {
      const opts: Parameters<typeof valueMatrixSql>[0] = { ...window };
      const trendDays = o.number('trendDays');
      if (trendDays !== undefined) opts.trendDays = trendDays;
      const split = o.number('split');
      if (split !== undefined) {
        if (!(split > 0 && split < 1)) throw new Error(`options.split: ${split} (expected a quantile between 0 and 1, such as 0.5)`);
        opts.split = split;
      }
      return valueMatrixSql(opts);
    }
    case 'basket': {
      const opts: Parameters<typeof basketPairsSql>[0] = { ...window };
      const level = o.choice('level', ['product', 'category'] as const);
      if (level) opts.level = level;
      const minSupport = o.number('minSupport');
      if (minSupport !== undefined) opts.minSupport = minSupport;
      const limit = o.number('limit');
      if (limit !== undefined) opts.limit = limit;
      return basketPairsSql(opts);
    }
    case 'contribution': {
      const dimension: ContributionDimension = o.choice('dimension', ['region', 'product', 'category', 'channel'] as const) ?? 'region';
      return contributionSql({ ...window, dimension });
    }
    case 'clv': {
      const calibrationEnd = o.date('calibrationEnd');
      if (calibrationEnd === undefined) throw new Error('options.calibrationEnd: missing (expected a date as YYYY-MM-DD)');
      const opts: Parameters<typeof clvSummary>[0] = { calibrationEnd };
      if (tableName !== undefined) opts.table = tableName;
      const holdoutEnd = o.date('holdoutEnd');
      if (holdoutEnd !== undefined) opts.holdoutEnd = holdoutEnd;
      const unit = o.choice('unit', ['week', 'day', 'month'] as const);
      if (unit) opts.unit = unit;
      const merge = o.boolean('mergeSameDay');
      if (merge !== undefined) opts.mergeSameDay = merge;
      return clvSummary(opts);
    }
  }
}
