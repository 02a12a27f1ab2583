/** A table in the report: header cells and rows of already formatted text. */
export interface ReportTable {
  title: string;
  note?: string;
  columns: string[];
  /** Which columns hold numbers (right-aligned, tabular figures). */
  numeric?: boolean[];
  rows: string[][];
}

/** One chart: its SVG markup (from a renderX function) and a caption. */
export interface ReportChart {
  title: string;
  svg: string;
}

/** Everything a report shows: aggregates only, never a customer's row. */
export interface ReportInput {
  lang: 'en' | 'zh-CN';
  title: string;
  subtitle: string;
  facts: [string, string][];
  charts: ReportChart[];
  tables: ReportTable[];
  /** Commentary already sanitised to HTML (markdown cells through DOMPurify). */
  commentary: string[];
  footer: string;
}
