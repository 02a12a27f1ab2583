/**
 * The notebook model (DESIGN.md, "Notebook"): data sources without their rows, global
 * parameters and an ordered list of cells. Plain data, so it crosses structured clone, JSON,
 * IndexedDB and share links unchanged.
 */

/** The analyses an analysis cell can run (ANALYSES.md sections 1-7). */
export type AnalysisKind = 'rfm' | 'pyramid' | 'cohorts' | 'clv' | 'lifecycle' | 'matrix' | 'basket' | 'contribution';

/** Chart types a cell can draw. */
export type ChartType = 'bar' | 'line' | 'area' | 'scatter' | 'heatmap' | 'pyramid' | 'lorenz' | 'table';

/** Which result columns a chart encodes how; absent channels are not drawn. */
export interface ChartFields {
  x?: string;
  y?: string;
  color?: string;
  size?: string;
  label?: string;
}

/** A chart over a cell's result. */
export interface ChartSpec {
  type: ChartType;
  fields: ChartFields;
  /** What the chart shows, in plain words (DESIGN.md, "Interface"). */
  title?: string;
}

/** JSON values allowed in analysis options and import options: no functions, no undefined. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A lesson's answer check: the cell's first value must equal the first value of expectSql. */
export interface CellCheck {
  question: string;
  expectSql: string;
}

/** Free text, rendered through a sanitiser. */
export interface MarkdownCell {
  id: string;
  kind: 'markdown';
  text: string;
}

/** A query that defines the view `name`. */
export interface SqlCell {
  id: string;
  kind: 'sql';
  name: string;
  sql: string;
  chart?: ChartSpec;
  check?: CellCheck;
}

/** A chart of another cell's view. */
export interface ChartCell {
  id: string;
  kind: 'chart';
  /** The name of the SQL or analysis cell whose view is drawn. */
  source: string;
  chart: ChartSpec;
}

/** A built-in analysis with its parameters; its generated SQL defines the view `name`. */
export interface AnalysisCell {
  id: string;
  kind: 'analysis';
  name: string;
  analysis: AnalysisKind;
  options: { [key: string]: JsonValue };
}

/** Any cell. */
export type Cell = MarkdownCell | SqlCell | ChartCell | AnalysisCell;

/** The cells that define a view. */
export type NamedCell = SqlCell | AnalysisCell;

/** How a file becomes a table: what the user chose at import, never the rows. */
export interface DataSource {
  /** The table the import creates, e.g. `transactions`. */
  name: string;
  /** The file's name as the user dropped it; a hint for the recipient of a share link. */
  fileName: string;
  /** Column header in the file -> role (workers/ingest Role names: customer_id, amount, ...). */
  roles: { [header: string]: string };
  /** Import options forced by the user (encoding, delimiter, hasHeader, dateOrder, ...). */
  importOptions: { [key: string]: JsonValue };
  /** Path of a sample shipped with the app (e.g. `samples/shop.csv`) that fits this source. */
  sample?: string;
}

/** Global parameters every analysis reads. */
export interface NotebookParams {
  /** `YYYY-MM-DD`; absent = the day after the last order date. */
  refDate?: string;
  /** ISO 4217 code, e.g. `CNY`. */
  currency: string;
  /** Discount rate per year, 0 <= r < 1. */
  discountRate: number;
  locale: 'en' | 'zh-CN';
}

/** A notebook file, version 1. */
export interface Notebook {
  format: 'segbook-notebook';
  version: 1;
  title: string;
  sources: DataSource[];
  params: NotebookParams;
  cells: Cell[];
}
