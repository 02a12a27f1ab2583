/** The headless door's usage text (`npm run analyze -- --help`), CONTRACT.md's "Command" plus this app's additions. */
export const usage = `usage: npm run analyze -- --input FILE [options]

  --input FILE                 CSV/TSV (any encoding), .xlsx or .parquet; the first is analysed
  --map role=column,...        override the proposed column roles (customer_id, order_date, amount, ...)
  --encoding auto|utf-8|gbk|utf-16le|...   default auto
  --delimiter auto|,|;|tab|space|"|"       default auto
  --ref-date YYYY-MM-DD        default: the day after the last order
  --analysis LIST              import,rfm,pyramid,cohorts,clv,lifecycle,matrix,basket,contribution or all
  --calibration-end YYYY-MM-DD CLV: fit on orders up to this date
  --clv-unit day|week|month    default week
  --customers-out FILE.csv     per-customer table: scores, segments, tier, stage, CLV
  --rows-out FILE.csv          the imported rows (line + role columns), to check an import line by line
  --out FILE.json              default: stdout
  --engine wasm|native         wasm (default): DuckDB-WASM, the browser's engine; native: native
                               DuckDB, all cores, spills to disk, for files too big for a tab
  --database FILE              with --engine native: keep the tables in this DuckDB file
  --help                       this text

Exit status: 0 when the analyses ran, 2 when the input is refused or an argument is wrong, 1 on an
internal error. Progress goes to stderr, the JSON result to --out or stdout.
`;
