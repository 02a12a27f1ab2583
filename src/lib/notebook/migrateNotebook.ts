/** The notebook format version this code writes. */
const CURRENT = 1;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Version 0 (the first prototype's files): no `format` check, no params, one `dataset`
 * (`{file, columns: {role: header}}`) instead of sources, cells with `type` instead of `kind`,
 * `content` for markdown text and SQL, `params` for analysis options, and charts as
 * `{type: 'chart', of, chart, x, y}`; ids optional.
 */
function from0(nb: Obj): Obj {
  const dataset = isObj(nb.dataset) ? nb.dataset : undefined;
  const columns = dataset && isObj(dataset.columns) ? dataset.columns : {};
  const roles: Obj = {};
  for (const [role, header] of Object.entries(columns)) if (typeof header === 'string') roles[header] = role;
  return {
    format: 'segbook-notebook',
    version: 1,
    title: nb.title ?? 'Untitled',
    params: { currency: 'USD', discountRate: 0.1, locale: 'en' },
    sources: dataset ? [{ name: 'transactions', fileName: dataset.file ?? '', roles, importOptions: {} }] : [],
    // Anything but a list is left for validation to name.
    cells: !Array.isArray(nb.cells) ? nb.cells : nb.cells.map((c: unknown, i: number) => {
      if (!isObj(c)) return c;
      const base = { id: c.id ?? `cell-${i + 1}`, kind: c.type };
      switch (c.type) {
        case 'markdown':
          return { ...base, text: c.content };
        case 'sql':
          return { ...base, name: c.name, sql: c.content };
        case 'analysis':
          return { ...base, name: c.name, analysis: c.analysis, options: c.params ?? {} };
        case 'chart':
          return { ...base, source: c.of, chart: { type: c.chart, fields: { x: c.x, y: c.y } } };
        default:
          return { ...base, ...c };
      }
    }),
  };
}

/**
 * Bring a parsed notebook file of any known version to the current one; validation follows.
 * A file without a version is version 0. A newer version than this app knows is refused.
 */
export function migrateNotebook(value: unknown): unknown {
  if (!isObj(value)) return value;
  const version = value.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new Error(`version: ${JSON.stringify(version)} (expected a whole number)`);
  }
  if (version > CURRENT) throw new Error(`version: ${version} is newer than this app reads (${CURRENT}); update the app`);
  return version === 0 ? from0(value) : value;
}
