import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellGraph } from '../../../src/lib/notebook/cellGraph';
import { checkAnswer } from '../../../src/lib/notebook/checkAnswer';
import { parseNotebook, serializeNotebook } from '../../../src/lib/notebook/notebookFile';
import { parseLessonIndex } from '../../../src/lib/notebook/parseLessonIndex';
import { runCells } from '../../../src/lib/notebook/runCells';
import type { Notebook } from '../../../src/lib/notebook/types';
import { duck, loadShop } from './duck';

const dir = new URL('../../../public/lessons/', import.meta.url);
const index = parseLessonIndex(readFileSync(new URL('index.json', dir), 'utf8'));
const read = (file: string): Notebook => parseNotebook(readFileSync(new URL(file, dir), 'utf8'));
const editions = index.flatMap((l) => (['en', 'zh-CN'] as const).map((locale) => ({ id: l.id, locale, file: l.files[locale] })));

describe('lessons', () => {
  it('parseLessonIndex() lists every lesson file in public/lessons, six lessons in two languages', () => {
    const files = readdirSync(dir).filter((f) => f !== 'index.json').sort();
    expect(editions.map((e) => e.file).sort()).toEqual(files);
    expect(index.map((l) => l.id)).toEqual(['pyramid', 'rfm', 'cohorts', 'lifecycle', 'clv', 'loyalty']);
  });

  it.each(editions)('parseNotebook() reads lesson $file as written by serializeNotebook()', ({ file, locale }) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const nb = parseNotebook(text);
    expect(serializeNotebook(nb)).toBe(text);
    expect(nb.params.locale).toBe(locale);
    expect(nb.sources[0].sample).toBe(locale === 'en' ? 'samples/shop.csv' : 'samples/shop-zh-CN.csv');
  });

  it.each(index)('parseNotebook() finds the same cells in the English and Chinese $id lesson', ({ files }) => {
    const shape = (nb: Notebook) => nb.cells.map((c) => `${c.kind}:${'name' in c ? c.name : c.id}:${c.kind === 'sql' && c.check ? 'check' : ''}`);
    expect(shape(read(files['zh-CN']))).toEqual(shape(read(files.en)));
  });

  it.each(editions)('runCells() runs every cell of $file on the sample in notebook order, and its check passes', async ({ file, locale }) => {
    const nb = read(file);
    const graph = cellGraph(nb.cells);
    expect(graph.problems).toEqual([]);
    // Top to bottom must work: every cell reads only cells above it.
    const position = new Map(nb.cells.map((c, i) => [c.id, i]));
    for (const [id, reads] of graph.reads) for (const dep of reads) expect(position.get(dep)).toBeLessThan(position.get(id) ?? -1);

    const d = await duck();
    loadShop(d, locale);
    const results = await runCells(nb.cells, nb.cells.map((c) => c.id), d.exec);
    const failed = Object.entries(results).filter(([, r]) => r.status !== 'ok').map(([id, r]) => `${id}: ${r.error}`);
    expect(failed).toEqual([]);

    const checks = nb.cells.filter((c) => c.kind === 'sql' && c.check !== undefined);
    expect(checks.length).toBeGreaterThan(0);
    expect(nb.cells[nb.cells.length - 1]).toBe(checks[checks.length - 1]);
    for (const cell of checks) {
      if (cell.kind !== 'sql') continue;
      const res = await checkAnswer(cell, d.firstValue);
      expect(res.expected).not.toBeNull();
      expect(res, `check of ${cell.name}`).toMatchObject({ pass: true });
    }
    d.conn.close();
  });
});
