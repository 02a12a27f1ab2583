import { beforeAll, describe, expect, it } from 'vitest';
import { cellGraph } from '../../../src/lib/notebook/cellGraph';
import { overviewNotebook } from '../../../src/lib/notebook/overviewNotebook';
import { parseNotebook, serializeNotebook } from '../../../src/lib/notebook/notebookFile';
import { runCells } from '../../../src/lib/notebook/runCells';
import { duck, loadShop } from './duck';

let d: Awaited<ReturnType<typeof duck>>;
beforeAll(async () => {
  d = await duck();
  loadShop(d, 'en');
});

describe('overviewNotebook', () => {
  it.each(['en', 'zh-CN'] as const)('overviewNotebook(%s) is a valid notebook with rfm, pyramid and cohorts cells', (locale) => {
    const nb = overviewNotebook(locale);
    expect(parseNotebook(serializeNotebook(nb))).toEqual(nb);
    expect(nb.params.locale).toBe(locale);
    expect(nb.cells.flatMap((c) => (c.kind === 'analysis' ? [c.analysis] : []))).toEqual(['rfm', 'pyramid', 'cohorts']);
    expect(cellGraph(nb.cells).problems).toEqual([]);
  });

  it('overviewNotebook() maps the Chinese sample headers to the same roles as the English ones', () => {
    const en = overviewNotebook('en').sources[0].roles;
    const zh = overviewNotebook('zh-CN').sources[0].roles;
    expect(Object.values(zh).sort()).toEqual(Object.values(en).sort());
    expect(zh['客户编号']).toBe('customer_id');
  });

  it('overviewNotebook() SQL cells run on the sample and the 80/20 share is a percentage', async () => {
    const nb = overviewNotebook('en');
    const ids = nb.cells.filter((c) => c.kind === 'sql').map((c) => c.id);
    const res = await runCells(nb.cells, ids, d.exec);
    expect(Object.values(res).map((r) => r.status)).toEqual(ids.map(() => 'ok'));
    const share = Number(await d.firstValue('SELECT * FROM top_customers_share'));
    expect(share).toBeGreaterThan(20);
    expect(share).toBeLessThan(100);
    // The customers ranked anew from the transactions give the same share.
    expect(share).toBe(Number(await d.firstValue(`WITH per_customer AS (SELECT customer_id, sum(amount) AS revenue FROM transactions GROUP BY customer_id),
ranked AS (SELECT *, row_number() OVER (ORDER BY revenue DESC, customer_id) AS rank, count(*) OVER () AS n FROM per_customer)
SELECT round(100 * sum(revenue) FILTER (WHERE rank <= 0.2 * n) / sum(revenue), 1) FROM ranked`)));
    // The months, revenue and active customers straight from the transactions.
    const direct = d.rows(`SELECT date_trunc('month', order_date)::VARCHAR AS month, round(sum(amount), 6) AS revenue, count(DISTINCT customer_id) AS customers
FROM transactions GROUP BY ALL ORDER BY month`);
    expect(direct.length).toBeGreaterThan(11);
    expect(d.rows('SELECT month::VARCHAR AS month, round(revenue, 6) AS revenue, customers FROM monthly_revenue')).toEqual(direct);
  });
});
