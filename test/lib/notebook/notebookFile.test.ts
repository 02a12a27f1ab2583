import { describe, expect, it } from 'vitest';
import { parseNotebook, serializeNotebook } from '../../../src/lib/notebook/notebookFile';
import { sampleNotebook } from './sampleNotebook';

describe('notebook file', () => {
  it('serializeNotebook() output reads back as an equal notebook with parseNotebook()', () => {
    const nb = sampleNotebook();
    expect(parseNotebook(serializeNotebook(nb))).toEqual(nb);
  });

  it('serializeNotebook() writes a fixed key order, sorted options and multi-line text as lines', () => {
    const nb = sampleNotebook();
    // The same notebook built with keys in another order serialises to the same text.
    const shuffled = JSON.parse(JSON.stringify(nb), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v);
    const text = serializeNotebook(nb);
    expect(serializeNotebook(shuffled)).toBe(text);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'title', 'sources', 'params', 'cells']);
    expect(text).toContain('"sql": [\n        "SELECT customer_id, sum(amount) AS total",\n        "FROM transactions",');
    expect(text).toContain('"options": {\n        "bins": 5,\n        "maps": [');
    expect(text).toContain('"nested": {\n          "a": [');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('serializeNotebook() leaves out anything that is not notebook structure', () => {
    const nb = { ...sampleNotebook(), rows: [{ customer_id: 'C1' }] };
    (nb.cells[1] as unknown as Record<string, unknown>).result = [[1, 2]];
    const text = serializeNotebook(nb);
    expect(text).not.toContain('rows');
    expect(text).not.toContain('result');
  });

  it('parseNotebook() opens a version 0 file', () => {
    const v0 = {
      title: 'Old notebook',
      dataset: { file: 'export.csv', columns: { customer_id: 'Kunde', amount: 'Betrag' } },
      cells: [
        { type: 'markdown', content: '# Old' },
        { type: 'sql', name: 'big', content: 'SELECT * FROM transactions WHERE amount > 100' },
        { type: 'analysis', id: 'a1', name: 'rfm', analysis: 'rfm', params: { bins: 3 } },
        { type: 'chart', of: 'big', chart: 'bar', x: 'customer_id', y: 'amount' },
      ],
    };
    expect(parseNotebook(JSON.stringify(v0))).toEqual({
      format: 'segbook-notebook', version: 1, title: 'Old notebook',
      sources: [{ name: 'transactions', fileName: 'export.csv', roles: { Betrag: 'amount', Kunde: 'customer_id' }, importOptions: {} }],
      params: { currency: 'USD', discountRate: 0.1, locale: 'en' },
      cells: [
        { id: 'cell-1', kind: 'markdown', text: '# Old' },
        { id: 'cell-2', kind: 'sql', name: 'big', sql: 'SELECT * FROM transactions WHERE amount > 100' },
        { id: 'a1', kind: 'analysis', name: 'rfm', analysis: 'rfm', options: { bins: 3 } },
        { id: 'cell-4', kind: 'chart', source: 'big', chart: { type: 'bar', fields: { x: 'customer_id', y: 'amount' } } },
      ],
    });
  });

  it('parseNotebook() names the bad field in its errors', () => {
    const bad = (patch: (nb: Record<string, any>) => void): string => {
      const nb = JSON.parse(serializeNotebook(sampleNotebook()));
      patch(nb);
      try {
        parseNotebook(JSON.stringify(nb));
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(bad((nb) => (nb.cells[2].kind = 'graph'))).toBe('cells[2].kind: "graph" (expected markdown, sql, chart, analysis)');
    expect(bad((nb) => delete nb.cells[1].name)).toBe('cells[1].name: missing (expected text)');
    expect(bad((nb) => (nb.cells[1].name = '2fast'))).toContain('cells[1].name: invalid name: "2fast"');
    expect(bad((nb) => (nb.cells[4].id = 'orders'))).toBe('cells[4].id: "orders" (expected an id no other cell has)');
    expect(bad((nb) => (nb.params.discountRate = 1.5))).toBe('params.discountRate: 1.5 (expected a number from 0 below 1)');
    expect(bad((nb) => (nb.params.refDate = '2025-13-01'))).toBe('params.refDate: "2025-13-01" (expected a date as YYYY-MM-DD)');
    expect(bad((nb) => (nb.sources[0].sample = 'https://evil.example/x.csv'))).toContain('sources[0].sample');
    expect(bad((nb) => (nb.cells[3].chart.type = 'pie'))).toContain('cells[3].chart.type: "pie"');
    expect(bad((nb) => (nb.cells[2].options.rows = new Array(500).fill(1)))).toBe('cells[2].options.rows: a list (expected at most 200 items, found 500)');
    expect(bad((nb) => (nb.format = 'jupyter'))).toBe('format: "jupyter" (expected segbook-notebook)');
    expect(bad((nb) => (nb.version = 7))).toBe('version: 7 is newer than this app reads (1); update the app');
  });

  it('parseNotebook() refuses text that is not JSON, and JSON that is not a notebook', () => {
    expect(() => parseNotebook('# a markdown file')).toThrow(/^not a notebook file: /);
    expect(() => parseNotebook('[1, 2]')).toThrow('notebook: a list (expected an object)');
    expect(() => parseNotebook('{}')).toThrow('cells: missing (expected a list)');
  });

  it('parseNotebook() drops a __proto__ key instead of setting a prototype', () => {
    const text = serializeNotebook(sampleNotebook()).replace('"bins": 5', '"__proto__": {"polluted": true}, "bins": 5');
    const nb = parseNotebook(text);
    const cell = nb.cells[2];
    expect(cell.kind === 'analysis' && Object.getPrototypeOf(cell.options)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
