/** Locales the charts speak. */
export type ChartLocale = 'en' | 'zh-CN';

/**
 * Called when a mark is clicked or activated with Enter/Space. `key` is the mark's `data-key`
 * (null = clear, sent by Escape or by clicking the only selected mark again); `additive` is true
 * when Shift, Ctrl or Cmd was held, and the caller then toggles the key in its selection.
 */
export type SelectHandler = (key: string | null, additive: boolean) => void;

/**
 * Called when a brush (a drag over a chart) ends: the data-keys it covers (a rank band for the
 * Lorenz curve), and whether Shift, Ctrl or Cmd was held (the caller then adds to its selection).
 */
export type BrushHandler = (keys: string[], additive: boolean) => void;

/** Options every `renderX` accepts. */
export interface ChartOptions {
  /** Width in px (default 640). */
  width?: number;
  /** Height in px (default 400). */
  height?: number;
  /** Language of labels and number formats (default 'en'). */
  locale?: ChartLocale;
  /** ISO 4217 code for money values (default 'USD'). */
  currency?: string;
  /** data-keys of the selected marks: these are highlighted, all others dimmed. */
  selected?: readonly string[];
  /** Makes marks focusable and clickable. */
  onSelect?: SelectHandler;
  /** Adds a brush where the chart has one (RF grid, cohort rows, Lorenz band). */
  onBrush?: BrushHandler;
  /** Document to create elements in (default globalThis.document); pass a JSDOM one in Node. */
  document?: Document;
  /** Replaces the default title. */
  title?: string;
}
