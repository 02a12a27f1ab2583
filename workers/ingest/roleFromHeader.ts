import type { Role } from './types';

const EXACT: Partial<Record<Role, string[]>> = {
  customer_id: ['customerid', 'customer', 'custid', 'cust', 'customerno', 'customernumber', 'customercode', 'customerkey',
    'clientid', 'client', 'clientno', 'userid', 'user', 'memberid', 'member', 'memberno', 'buyerid', 'buyer', 'accountid',
    'shopperid', 'contactid', 'kundennummer', 'kundenid', 'kunde', 'kdnr', '客户编号', '客户id', '客户号', '客户代码', '客户',
    '会员号', '会员编号', '会员id', '会员卡号', '会员', '用户id', '用户编号', '用户', '买家id', '买家', '顾客编号', '顾客id', '顾客', '客戶編號', '會員號'],
  order_id: ['orderid', 'order', 'orderno', 'ordernumber', 'ordercode', 'invoiceno', 'invoice', 'invoiceid', 'invoicenumber',
    'transactionid', 'transaction', 'txnid', 'receiptno', 'receipt', 'bestellnummer', 'bestellung', '订单号', '订单编号', '订单id',
    '单号', '订单', '交易号', '交易编号', '流水号', '发票号', '小票号', '訂單編號', '訂單號'],
  order_date: ['orderdate', 'date', 'purchasedate', 'transactiondate', 'txndate', 'invoicedate', 'saledate', 'salesdate',
    'orderedat', 'createdat', 'orderdatetime', 'datetime', 'timestamp', 'day', 'datum', 'bestelldatum', '日期', '下单日期', '交易日期',
    '订单日期', '购买日期', '销售日期', '下单时间', '交易时间', '订单时间', '支付时间', '付款时间', '创建时间', '时间', '訂單日期'],
  amount: ['amount', 'sales', 'revenue', 'total', 'totalamount', 'ordertotal', 'ordervalue', 'value', 'dollarvalue', 'spend',
    'payment', 'paid', 'amountpaid', 'netamount', 'grossamount', 'gmv', 'salesamount', 'betrag', 'umsatz', 'gesamtbetrag',
    '金额', '实付金额', '销售额', '订单金额', '支付金额', '付款金额', '成交金额', '实收金额', '总金额', '总价', '消费金额', '交易金额', '营业额', '金額', '銷售額'],
  quantity: ['quantity', 'qty', 'units', 'numberofcds', 'numberofitems', 'items', 'pieces', 'menge', 'anzahl', '数量', '件数', '购买数量', '數量'],
  unit_price: ['unitprice', 'price', 'priceeach', 'itemprice', 'einzelpreis', 'preis', '单价', '价格', '售价', '單價'],
  product: ['product', 'productname', 'item', 'itemname', 'sku', 'productid', 'article', 'description', 'artikel', 'produkt',
    '商品', '商品名称', '商品名', '产品', '产品名称', '品名', '货品', '產品'],
  category: ['category', 'productcategory', 'cat', 'department', 'kategorie', '品类', '类别', '分类', '商品类别', '类目', '類別'],
  region: ['region', 'area', 'territory', 'state', 'province', 'city', 'country', 'zone', 'location', 'market',
    '地区', '区域', '省份', '城市', '大区', '地域', '省', '市', '地區', '區域'],
  channel: ['channel', 'saleschannel', 'source', 'platform', '渠道', '销售渠道', '平台', '来源', '通路'],
  cost: ['cost', 'cogs', 'costprice', 'kosten', '成本', '进价'],
  margin: ['margin', 'profit', 'grossprofit', 'grossmargin', '毛利', '利润', '毛利润', '毛利額'],
};
const BY_KEY = new Map<string, Role>();
// SAFETY: EXACT's keys are Roles by its type; Object.entries widens them to string.
for (const [role, keys] of Object.entries(EXACT) as [Role, string[]][]) for (const k of keys) BY_KEY.set(k, role);

// Tried in order when no exact key matches; the first pattern that fits names the role.
const FUZZY: [RegExp, Role][] = [
  [/(order|invoice|transaction|订单|訂單|交易).*(id|no|number|code|号|號|编号)$/, 'order_id'],
  [/date|datum|日期|时间|時間/, 'order_date'],
  [/customer|cust|client|member|kunde|客户|客戶|会员|會員|顾客|用户/, 'customer_id'],
  [/unitprice|单价|單價/, 'unit_price'],
  [/amount|revenue|sales|betrag|umsatz|金额|金額|销售额|營業額/, 'amount'],
  [/qty|quantity|数量|數量/, 'quantity'],
  [/margin|profit|毛利|利润/, 'margin'],
  [/cost|成本/, 'cost'],
  [/price|价/, 'unit_price'],
  [/product|商品|产品|產品/, 'product'],
  [/categor|品类|类别|類別/, 'category'],
  [/region|地区|区域|地區/, 'region'],
  [/channel|渠道/, 'channel'],
];

/**
 * The role a header names, or null: trimmed, case-, width- and punctuation-insensitive, a unit in
 * brackets ignored ("Amount (USD)" -> amount, " Customer ID " -> customer_id, 客户编号 -> customer_id).
 */
export function roleFromHeader(header: string): Role | null {
  const key = normalizeHeader(header);
  if (key === '') return null;
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  for (const [pattern, role] of FUZZY) if (pattern.test(key)) return role;
  return null;
}

function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\uFEFF/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s_\-.:/#*'"`|]+/g, '');
}
