import type { Table } from 'apache-arrow';
import type { AnalyzeRequest, Selection } from '../../../workers/protocol';
import type { MessageKey } from '../i18n/en';

/** A message lookup with `{name}` parameters: the app's `t`, or a catalogue-backed stand-in in tests. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The part of the engine client the analysis views use. EngineClient satisfies it in the page;
 * tests pass the Node engine behind the same three calls.
 */
export interface AnalysisEngine {
  query(sql: string): Promise<Table>;
  analyze(req: AnalyzeRequest): Promise<Record<string, unknown>>;
  customerList(selection: Selection | null, limit?: number): Promise<Table>;
}

/** What every view states about the data it read (from customer_rfm and transactions). */
export interface DataInfo {
  /** The RFM reference date: the day after the last order (orders before it count). */
  refDate: string;
  firstDate: string;
  lastDate: string;
  customers: number;
  orders: number;
  /** Customers whose net amount is 0 or less (kept and flagged). */
  nonPositive: number;
  /** Transaction lines with a negative amount (returns). */
  returnLines: number;
  /** Whether the optional roles have any value. */
  has: { product: boolean; category: boolean; region: boolean; channel: boolean; margin: boolean };
  /** A satisfaction / NPS attribute column, when the import kept one. */
  attitudeColumn: string | null;
}

/** A view's data while it loads, once loaded, or the error that stopped it. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };
