import { describe, expect, it } from 'vitest';
import { markdownTable, textTable } from '../../bench/formatTable';
import type { BenchReport } from '../../bench/types';

const report = (error?: string): BenchReport => ({
  version: 1,
  machine: { cpus: 2, memory_gb: 24, browser: 'Chromium 156 headless', node: 'v20' },
  runs: [
    { size: 1_000_000, step: 'import', browser_ms: 1234.5, native_ms: 400, ratio: 3.09, wasm_bytes_per_row: 24.96, wasm_peak_bytes_per_row: 412.04, native_1thread_ms: 617.25, ratio_1thread: 2 },
    { size: 1_000_000, step: 'clv_fit', browser_ms: 7.25, native_ms: null, ratio: null, wasm_bytes_per_row: null, wasm_peak_bytes_per_row: null, native_1thread_ms: null, ratio_1thread: null, ...(error ? { error } : {}) },
  ],
});

describe('textTable', () => {
  it('aligns figures, groups thousands and shows – for no value', () => {
    const lines = textTable(report()).split('\n');
    expect(lines[0]).toMatch(/^size\s+step\s+browser ms\s+native ms\s+ratio\s+native 1T ms\s+ratio 1T\s+wasm B\/row\s+peak B\/row$/);
    expect(lines[2]).toMatch(/^1,000,000\s+import\s+1,235\s+400\s+3\.09\s+617\s+2\.00\s+25\.0\s+412\.0$/);
    expect(lines[3]).toMatch(/clv_fit\s+7\.3\s+–\s+–\s+–\s+–\s+–\s+–$/);
  });

  it('adds the error column only when a run failed', () => {
    expect(textTable(report())).not.toContain('error');
    expect(textTable(report('browser: Out of Memory Error'))).toMatch(/error[\s\S]*browser: Out of Memory Error/);
  });
});

describe('markdownTable', () => {
  it('writes the machine line, a right-aligned table and the notes, escaping pipes', () => {
    const md = markdownTable(report('a | b'), ['a note']);
    expect(md).toContain('Machine: 2 CPUs, 24 GB, Chromium 156 headless, Node v20.');
    expect(md).toContain('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    expect(md).toContain('| 1,000,000 | import | 1,235 | 400 | 3.09 | 617 | 2.00 | 25.0 | 412.0 |  |');
    expect(md).toContain('a \\| b');
    expect(md).toContain('- a note');
  });
});

describe('textTable errors', () => {
  it('clips long errors on the terminal but not in Markdown', () => {
    const long = `browser: ${'x'.repeat(200)}`;
    const r = { ...report(long) };
    expect(textTable(r)).not.toContain(long);
    expect(textTable(r)).toContain('…');
    expect(markdownTable(r, [])).toContain(long);
  });
});
