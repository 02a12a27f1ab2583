/** Files up to this size keep their text uncompressed (about 3.5M transaction rows). */
const COMPRESS_TEXT_FROM_BYTES = 256 * 1024 * 1024;
/** The same for Excel and Parquet files, in rows (a Parquet file is compressed: its footer counts the rows). */
const COMPRESS_TEXT_FROM_ROWS = 3_500_000;
/** Files below this size are never checkpointed (about 1.8M transaction rows). */
const CHECKPOINT_FROM_BYTES = 128 * 1024 * 1024;
/** The same for Excel and Parquet files, in rows. */
const CHECKPOINT_FROM_ROWS = 1_750_000;

/**
 * The DuckDB settings an import of this file runs under, and the tables built after it: statements
 * to run, whether its rows are checkpointed at all, and whether its text is compressed (the
 * pre-flight estimate's memory model follows the same three regimes).
 * - Text compression (dict_fsst) took about a fifth of a small import and slows every later scan,
 *   for memory a small file does not need (1M rows: 130 MB of tables instead of 30 MB); big files
 *   need it to fit the 3.1 GiB at all.
 * - A checkpoint compresses what was written since the last one, and DuckDB runs one by itself
 *   after any statement that wrote more than checkpoint_threshold (16 MB). On a 1M-row file (70 MB)
 *   the checkpoints took about a sixth of the import and of prepareOverview (Node, A/B, four runs),
 *   for memory such a file does not need either (DuckDB's tables 277 MB instead of 125 MB).
 */
export function storageSettings(file: { bytes: number; rows?: number }): { sql: string[]; checkpoint: boolean; compressText: boolean } {
  const rows = file.rows;
  const compressText = rows === undefined ? file.bytes > COMPRESS_TEXT_FROM_BYTES : rows > COMPRESS_TEXT_FROM_ROWS;
  const checkpoint = rows === undefined ? file.bytes >= CHECKPOINT_FROM_BYTES : rows >= CHECKPOINT_FROM_ROWS;
  return {
    sql: [
      compressText ? 'RESET disabled_compression_methods' : "SET disabled_compression_methods = 'dict_fsst,fsst'",
      checkpoint ? 'RESET checkpoint_threshold' : "SET checkpoint_threshold = '1TB'",
    ],
    checkpoint,
    compressText,
  };
}
