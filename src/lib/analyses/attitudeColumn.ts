// The columns every transactions table has (transactionsDdl); anything else is a kept attribute.
const ROLE_COLUMNS = new Set([
  'line', 'customer_id', 'order_id', 'product', 'category', 'region', 'channel', 'order_date',
  'amount', 'quantity', 'unit_price', 'cost', 'margin',
]);
const ATTITUDE = /satisf|\bnps\b|^nps|nps$|net.?promoter|csat|满意|推荐/i;

/**
 * The attribute column that holds an attitude measure (satisfaction, NPS, 满意度, 推荐值) for
 * the loyalty matrix, or null. The first such column in table order wins.
 */
export function attitudeColumn(columns: readonly string[]): string | null {
  return columns.find((c) => !ROLE_COLUMNS.has(c) && ATTITUDE.test(c)) ?? null;
}
