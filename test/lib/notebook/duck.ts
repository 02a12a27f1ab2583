import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';

/** A Node DuckDB with the exec and firstValue callbacks the notebook code takes. */
export async function duck() {
  const { db, conn } = await openNodeDuckDB();
  return {
    db,
    conn,
    exec: async (sql: string): Promise<void> => {
      conn.query(sql);
    },
    firstValue: async (sql: string): Promise<unknown> => {
      const table = conn.query(sql);
      return table.numRows === 0 ? undefined : table.getChildAt(0)?.get(0);
    },
    rows: (sql: string): Record<string, unknown>[] => conn.query(sql).toArray().map((r) => r.toJSON()),
  };
}

// The sample's columns in its English and Chinese editions, by schema column.
const HEADERS = {
  en: { order_id: 'order_id', customer_id: 'customer_id', order_date: 'order_date', amount: 'amount', product: 'product', category: 'category', region: 'region', channel: 'channel', quantity: 'quantity', unit_price: 'unit_price' },
  'zh-CN': { order_id: '订单编号', customer_id: '客户编号', order_date: '下单日期', amount: '金额', product: '商品', category: '品类', region: '地区', channel: '渠道', quantity: '数量', unit_price: '单价' },
};

/**
 * Load public/samples/shop.csv (or shop-zh-CN.csv) into `transactions` with the schema the app's
 * import gives (line, ..., cost, margin); the sample has no cost or margin, so those are NULL.
 */
export function loadShop(d: Awaited<ReturnType<typeof duck>>, locale: 'en' | 'zh-CN'): void {
  const file = locale === 'en' ? 'shop.csv' : 'shop-zh-CN.csv';
  d.db.registerFileBuffer(file, readFileSync(new URL(`../../../public/samples/${file}`, import.meta.url)));
  const h = HEADERS[locale];
  const q = (c: string): string => `"${c}"`;
  d.conn.query(`CREATE OR REPLACE TABLE transactions AS
    SELECT (row_number() OVER ())::INTEGER AS line, ${q(h.customer_id)}::VARCHAR AS customer_id,
      ${q(h.order_id)}::VARCHAR AS order_id, ${q(h.order_date)}::DATE AS order_date, ${q(h.amount)}::DOUBLE AS amount,
      ${q(h.quantity)}::DOUBLE AS quantity, ${q(h.unit_price)}::DOUBLE AS unit_price, ${q(h.product)}::VARCHAR AS product,
      ${q(h.category)}::VARCHAR AS category, ${q(h.region)}::VARCHAR AS region, ${q(h.channel)}::VARCHAR AS channel,
      NULL::DOUBLE AS cost, NULL::DOUBLE AS margin
    FROM read_csv('${file}', header = true, all_varchar = true)`);
  // The tables the app builds after every import, so a lesson cell named like one of them fails here as in the app.
  for (const sql of prepareOverviewSql()) d.conn.query(sql);
}
