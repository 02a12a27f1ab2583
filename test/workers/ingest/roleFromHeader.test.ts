import { describe, expect, it } from 'vitest';
import { roleFromHeader } from '../../../workers/ingest/roleFromHeader';

describe('roleFromHeader', () => {
  it('roleFromHeader() maps English headers ignoring case, spaces, punctuation and a unit', () => {
    const cases: [string, string][] = [
      [' Customer ID ', 'customer_id'], ['cust_id', 'customer_id'], ['ORDER_ID', 'order_id'], ['Order Date ', 'order_date'],
      ['Amount (USD)', 'amount'], ['revenue', 'amount'], ['Sales', 'amount'], ['total', 'amount'], ['qty', 'quantity'],
      ['Unit Price', 'unit_price'], [' Product', 'product'], ['REGION ', 'region'], ['channel', 'channel'], ['COGS', 'cost'],
      ['gross margin', 'margin'], ['dollar_value', 'amount'], ['number_of_cds', 'quantity'], ['Invoice No.', 'order_id'],
    ];
    for (const [header, role] of cases) expect(roleFromHeader(header), header).toBe(role);
  });

  it('roleFromHeader() maps Chinese headers', () => {
    const cases: [string, string][] = [
      ['客户编号', 'customer_id'], ['客户ID', 'customer_id'], ['会员号', 'customer_id'], ['订单号', 'order_id'], ['订单编号', 'order_id'],
      ['日期', 'order_date'], ['下单日期', 'order_date'], ['交易日期', 'order_date'], ['金额', 'amount'], ['实付金额', 'amount'],
      ['销售额', 'amount'], ['数量', 'quantity'], ['单价', 'unit_price'], ['商品', 'product'], ['商品名称', 'product'],
      ['品类', 'category'], ['地区', 'region'], ['区域', 'region'], ['渠道', 'channel'], ['成本', 'cost'], ['毛利', 'margin'],
      ['客户 ID（全角）', 'customer_id'],
    ];
    for (const [header, role] of cases) expect(roleFromHeader(header), header).toBe(role);
  });

  it('roleFromHeader() returns null for headers it does not know', () => {
    expect(roleFromHeader('attr_005')).toBeNull();
    expect(roleFromHeader('note')).toBeNull();
    expect(roleFromHeader('   ')).toBeNull();
  });
});
