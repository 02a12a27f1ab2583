import { describe, expect, it } from 'vitest';
import { storageSettings } from '../../../workers/import/storageSettings';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';

const MB = 1024 * 1024;

describe('storageSettings()', () => {
  it('storageSettings() keeps a small file raw: text uncompressed and no checkpoints', () => {
    expect(storageSettings({ bytes: 70 * MB })).toEqual({
      sql: ["SET disabled_compression_methods = 'dict_fsst,fsst'", "SET checkpoint_threshold = '1TB'"],
      checkpoint: false,
      compressText: false,
    });
  });

  it('storageSettings() checkpoints from 128 MB and compresses text above 256 MB', () => {
    expect(storageSettings({ bytes: 128 * MB })).toEqual({
      sql: ["SET disabled_compression_methods = 'dict_fsst,fsst'", 'RESET checkpoint_threshold'],
      checkpoint: true,
      compressText: false,
    });
    expect(storageSettings({ bytes: 256 * MB }).sql[0]).toBe("SET disabled_compression_methods = 'dict_fsst,fsst'");
    expect(storageSettings({ bytes: 256 * MB + 1 })).toEqual({
      sql: ['RESET disabled_compression_methods', 'RESET checkpoint_threshold'],
      checkpoint: true,
      compressText: true,
    });
  });

  it('storageSettings() judges Excel and Parquet files by their rows, not their compressed bytes', () => {
    expect(storageSettings({ bytes: 10 * MB, rows: 1_749_999 }).checkpoint).toBe(false);
    expect(storageSettings({ bytes: 10 * MB, rows: 1_750_000 }).checkpoint).toBe(true);
    expect(storageSettings({ bytes: 10 * MB, rows: 3_500_001 }).sql[0]).toBe('RESET disabled_compression_methods');
  });

  it('storageSettings() statements run on DuckDB and set what they say', async () => {
    const { conn } = await openNodeDuckDB();
    const setting = (name: string) => String(conn.query(`SELECT current_setting('${name}') AS v`).toArray()[0]!.toJSON().v);
    const before = setting('checkpoint_threshold');
    for (const sql of storageSettings({ bytes: MB }).sql) conn.query(sql);
    expect(setting('checkpoint_threshold')).not.toBe(before);
    expect(setting('disabled_compression_methods')).toBe('FSST,DICT_FSST');
    for (const sql of storageSettings({ bytes: 300 * MB }).sql) conn.query(sql);
    expect(setting('checkpoint_threshold')).toBe(before);
    expect(setting('disabled_compression_methods')).toBe('');
  });
});
