import type { Notebook } from './types';

const TEXT = {
  en: {
    title: 'Customer segmentation overview',
    intro: `# Customer segmentation overview

Who are your customers, and which of them carry the business? This notebook answers that on
the sample shop (or on your own file: drop it on the page and map its columns).

- **RFM** scores every customer on Recency (days since the last order), Frequency (orders) and
  Monetary value (net revenue), 1 to 5 each, and names segments from the scores.
- **The customer pyramid** ranks customers by revenue: the top 1%, the next 19%, the next 30%
  and the bottom 50%, with each tier's share of customers and of revenue.
- **Cohorts** group customers by the month of their first order and show how many came back.

Every cell can be edited: change a parameter or the SQL and the cells that read it run again.`,
    monthly: `## Revenue and active customers by month

Read from \`customer_periods\`, which Segbook builds after each import (the cohorts read it too):
one row per customer and month with an order, its cohort (the month of the first order), the
period (months since then) and the revenue. A month is the cohort's month plus the period; its
active customers are its rows.`,
    top: `## How concentrated is revenue?

The share of revenue that the best 20% of customers bring (the 80/20 rule). \`customer_rfm\` has
one row per customer with its revenue and \`value_rank\`, its rank by revenue (1 = the highest,
ties by customer id), as the pyramid ranks them: the best 20% are the first 20% of ranks.`,
    monthlyTitle: 'Revenue by month',
    sample: 'samples/shop.csv',
    fileName: 'shop.csv',
    roles: ['order_id', 'customer_id', 'order_date', 'amount', 'product', 'category', 'region', 'channel', 'quantity', 'unit_price'],
    currency: 'USD',
  },
  'zh-CN': {
    title: '客户细分概览',
    intro: `# 客户细分概览

谁是你的客户？哪些客户撑起了生意？本笔记本用示例商店的数据回答这些问题（也可以换成你自己的
文件：把文件拖到页面上，再指定各列的含义）。

- **RFM 模型**按最近一次消费（Recency，距今天数）、消费频率（Frequency，订单数）和消费金额
  （Monetary，净收入）给每位客户打 1～5 分，并据此划分客户群。
- **客户金字塔**按收入给客户排名：前 1% 为重要客户，其后 19% 为次要客户，再后 30% 为普通客户，
  最后 50% 为小客户；并列出每一层的客户占比和收入占比。
- **同期群**按首次下单的月份给客户分组，观察之后每个月有多少人回购。

每个单元格都可以修改：改动参数或 SQL 后，读取它的单元格会自动重新运行。`,
    monthly: `## 每月收入与活跃客户数

数据来自 \`customer_periods\`：每次导入后由 Segbook 生成（同期群分析也读取它），每位客户在有订单的
每个月各占一行，记录其同期群（首次下单的月份）、期数（此后第几个月）和收入。某个月份 = 同期群月份
加上期数；该月的活跃客户数就是该月的行数。`,
    top: `## 收入有多集中？

前 20% 的客户贡献了多少收入（二八法则）。\`customer_rfm\` 中每位客户一行，记录其收入和
\`value_rank\`（按收入排名：1 为最高，收入相同时按客户编号），与客户金字塔的排名一致：排名在前 20%
的客户就是最好的 20%。`,
    monthlyTitle: '每月收入',
    sample: 'samples/shop-zh-CN.csv',
    fileName: 'shop-zh-CN.csv',
    roles: ['订单编号', '客户编号', '下单日期', '金额', '商品', '品类', '地区', '渠道', '数量', '单价'],
    currency: 'CNY',
  },
};

const ROLES = ['order_id', 'customer_id', 'order_date', 'amount', 'product', 'category', 'region', 'channel', 'quantity', 'unit_price'];

// From customer_periods rather than count(DISTINCT customer_id) over the transactions: the same
// numbers, but that distinct count holds every (month, customer) pair at once, which ran a 50M-row
// file out of wasm memory; customer_periods has one row per pair already.
const MONTHLY_SQL = `SELECT (strptime(cohort, '%Y-%m') + to_months(period))::DATE AS month,
  sum(revenue) AS revenue,
  count(*) AS customers
FROM customer_periods
GROUP BY month
ORDER BY month`;

// The first 20% of ranks by revenue, from the ranks customer_rfm keeps (as the pyramid does):
// ranking the customers again here grouped and sorted every customer a second time.
const TOP_SQL = `SELECT round(100 * sum(revenue) FILTER (WHERE value_rank <= 0.2 * n) / sum(revenue), 1) AS top_20_pct_revenue_share
FROM customer_rfm, (SELECT count(*) AS n FROM customer_rfm) AS total`;

/**
 * The notebook a first visit opens: "Customer segmentation overview" on the bundled sample,
 * in English or 简体中文: an introduction, the RFM, pyramid and cohort analyses with their
 * default parameters, revenue by month, and the 80/20 share.
 */
export function overviewNotebook(locale: 'en' | 'zh-CN'): Notebook {
  const t = TEXT[locale];
  return {
    format: 'segbook-notebook',
    version: 1,
    title: t.title,
    sources: [{
      name: 'transactions',
      fileName: t.fileName,
      roles: Object.fromEntries(t.roles.map((header, i) => [header, ROLES[i]])),
      importOptions: {},
      sample: t.sample,
    }],
    params: { currency: t.currency, discountRate: 0.1, locale },
    cells: [
      { id: 'intro', kind: 'markdown', text: t.intro },
      { id: 'rfm', kind: 'analysis', name: 'rfm', analysis: 'rfm', options: {} },
      { id: 'pyramid', kind: 'analysis', name: 'pyramid', analysis: 'pyramid', options: {} },
      { id: 'cohorts', kind: 'analysis', name: 'cohorts', analysis: 'cohorts', options: {} },
      { id: 'monthly-intro', kind: 'markdown', text: t.monthly },
      {
        id: 'monthly', kind: 'sql', name: 'monthly_revenue', sql: MONTHLY_SQL,
        chart: { type: 'line', fields: { x: 'month', y: 'revenue' }, title: t.monthlyTitle },
      },
      { id: 'top-intro', kind: 'markdown', text: t.top },
      { id: 'top', kind: 'sql', name: 'top_customers_share', sql: TOP_SQL },
    ],
  };
}
