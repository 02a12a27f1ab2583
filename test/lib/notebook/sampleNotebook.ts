import type { Notebook } from '../../../src/lib/notebook/types';

/** A notebook with one cell of each kind and every optional field set. */
export const sampleNotebook = (): Notebook => ({
  format: 'segbook-notebook',
  version: 1,
  title: 'Segments "Q4"',
  sources: [{
    name: 'transactions', fileName: 'shop.csv', roles: { 客户编号: 'customer_id', amount: 'amount' },
    importOptions: { delimiter: ',', hasHeader: true }, sample: 'samples/shop.csv',
  }],
  params: { refDate: '2025-01-01', currency: 'CNY', discountRate: 0.1, locale: 'zh-CN' },
  cells: [
    { id: 'intro', kind: 'markdown', text: '# Title\n\nSome text with a code block:\n\n```sql\nSELECT 1\n```\n\nand a `tick`.' },
    {
      id: 'orders', kind: 'sql', name: 'orders', sql: 'SELECT customer_id, sum(amount) AS total\nFROM transactions\nGROUP BY 1',
      chart: { type: 'bar', fields: { x: 'customer_id', y: 'total' }, title: 'Revenue `by` customer' },
    },
    { id: 'rfm', kind: 'analysis', name: 'rfm', analysis: 'rfm', options: { bins: 5, maps: ['cn8'], nested: { b: 1, a: [true, null] } } },
    { id: 'pic', kind: 'chart', source: 'orders', chart: { type: 'line', fields: { x: 'a', y: 'b', color: 'c' } } },
    {
      id: 'answer', kind: 'sql', name: 'answer', sql: "SELECT '```' AS fence, 1 AS x -- trailing",
      check: { question: 'How many\ncustomers?', expectSql: 'SELECT count(*)\nFROM orders' },
    },
  ],
});
