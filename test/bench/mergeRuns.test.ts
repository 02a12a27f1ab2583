import { describe, expect, it } from 'vitest';
import { mergeRuns } from '../../bench/mergeRuns';
import { STEPS } from '../../bench/types';

describe('mergeRuns', () => {
  it('gives one run per step in STEPS order, with the ratio browser / native', () => {
    const runs = mergeRuns(1000, { import: { ms: 300.04, bytesPerRow: 24.96, peakBytesPerRow: 400.01 } }, { import: { ms: 100 } });
    expect(runs.map((r) => r.step)).toEqual([...STEPS]);
    expect(runs.find((r) => r.step === 'import')).toEqual({
      size: 1000, step: 'import', browser_ms: 300, native_ms: 100, ratio: 3, wasm_bytes_per_row: 25, wasm_peak_bytes_per_row: 400,
      native_1thread_ms: null, ratio_1thread: null,
    });
  });

  it('puts the one-thread native figure beside import and overview_total only, with its ratio and error', () => {
    const one = { worker_start: { ms: 50 }, import: { ms: 150 }, overview_total: { ms: null, error: 'timed out' }, rfm: { ms: 70 } };
    const runs = mergeRuns(1000, { import: { ms: 300 }, overview_total: { ms: 600 }, rfm: { ms: 90 }, worker_start: { ms: 900 } }, {}, one);
    expect(runs.find((r) => r.step === 'import')).toMatchObject({ native_1thread_ms: 150, ratio_1thread: 2 });
    expect(runs.find((r) => r.step === 'overview_total')).toMatchObject({ native_1thread_ms: null, ratio_1thread: null, error: 'native 1 thread: timed out' });
    expect(runs.find((r) => r.step === 'rfm')).toMatchObject({ native_1thread_ms: null, ratio_1thread: null });
    expect(runs.find((r) => r.step === 'worker_start')).toMatchObject({ native_1thread_ms: null, ratio_1thread: null });
  });

  it('leaves ratio null when either side has no figure, and keeps both sides\' errors', () => {
    const runs = mergeRuns(5, { clv_fit: { ms: 12 }, rfm: { ms: null, error: 'Out of Memory Error' } }, { clv_fit: { ms: null }, rfm: { ms: 10 } });
    expect(runs.find((r) => r.step === 'clv_fit')).toMatchObject({ browser_ms: 12, native_ms: null, ratio: null });
    expect(runs.find((r) => r.step === 'rfm')).toMatchObject({ browser_ms: null, native_ms: 10, ratio: null, error: 'browser: Out of Memory Error' });
    expect(runs.find((r) => r.step === 'pyramid')).toEqual({
      size: 5, step: 'pyramid', browser_ms: null, native_ms: null, ratio: null, wasm_bytes_per_row: null, wasm_peak_bytes_per_row: null,
      native_1thread_ms: null, ratio_1thread: null,
    });
  });

  it('treats NaN and zero native times as no ratio', () => {
    const runs = mergeRuns(5, { cohorts: { ms: NaN }, pyramid: { ms: 4 } }, { cohorts: { ms: 2 }, pyramid: { ms: 0 } });
    expect(runs.find((r) => r.step === 'cohorts')).toMatchObject({ browser_ms: null, ratio: null });
    expect(runs.find((r) => r.step === 'pyramid')).toMatchObject({ browser_ms: 4, native_ms: 0, ratio: null });
  });
});
