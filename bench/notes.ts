/** What the table's columns mean, printed under it in bench.md so the README can quote them. */
export function methodNotes(repeat: number): string[] {
  return [
    'Data: `../shared/tools/gen-transactions.mjs --seed 42 --start 2022-01-01 --end 2024-12-31` (order-level, 8 columns); size = target rows, actual rows below.',
    'browser = the built app in headless Chromium, engine worker with DuckDB-WASM 1.32 (DuckDB 1.4.3); native = @duckdb/node-api (DuckDB 1.4.3) with 2 threads, in-memory, same run, same SQL text.',
    'worker_start: navigation start to the page publishing its started engine (wasm fetch + compile + DuckDB open); native: instance create + connect.',
    "import: the app's own import from the File (clean UTF-8 CSV: sniff, byte scan, DuckDB `read_csv` of every field as text in 64 MB pieces with the checks that give the TypeScript ingest's report, duplicate test, summary query; the import's step times are in the log); native: `read_csv` with explicit types into the same `transactions` schema plus the same summary query.",
    `rfm: the customer_rfm statements of prepareOverview (prepareCustomerRfmSql: \`CREATE OR REPLACE TABLE customer_rfm AS customerRfmSql()\` up to 4M rows, then built in customer slices); pyramid: pyramidTiersSql + giniSql + lorenzSql(200 points); cohorts: cohortsSql over transactions; each the median of ${repeat} run${repeat === 1 ? '' : 's'}.`,
    'overview_total: import + prepareOverview (customer_rfm, customer_periods) + overview(null), i.e. every overview chart\'s data in the page; drawing the SVGs is not included.',
    "selection: browser = median of 5 clicks on the 次要客户 tier of the real page's pyramid, from the click to every overview chart redrawn for it (data-drawn) and the next frame painted (the log adds the DOM-only and the engine.overview()-only medians); native = the same overview SQL the worker runs for that click, on the selection cells (selectionCellsSql, built after prepareOverview, not timed). clv_fit: analyze({analyses:['clv']}) (BG/NBD, Pareto/NBD, Gamma-Gamma fitted in TypeScript, so no native figure).",
    'wasm B/row: `sum(memory_usage_bytes)` of `duckdb_memory()` — the memory DuckDB\'s buffer manager holds (tables, hash tables, temporaries) — after import and after rfm, divided by rows. It is not the whole wasm heap (allocator slack, the wasm binary and JS-side buffers are not in it).',
    'peak B/row: the wasm heap (the WebAssembly.Memory buffer, which never shrinks, so its size is the peak since the worker started) after the import, after overview_total, after the rfm runs and at the end, divided by rows.',
  ];
}
