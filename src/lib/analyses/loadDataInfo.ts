import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { attitudeColumn } from './attitudeColumn';
import { dataInfoSql, transactionColumnsSql } from './sql';
import type { AnalysisEngine, DataInfo } from './types';

/** The facts every analysis view states: reference date, date range, counts, optional columns. */
export async function loadDataInfo(engine: AnalysisEngine): Promise<DataInfo> {
  const d = readColumns(await engine.query(dataInfoSql()), [
    'ref_date', 'first_date', 'last_date', 'customers', 'orders', 'non_positive', 'return_lines',
    'has_product', 'has_category', 'has_region', 'has_channel', 'has_margin',
  ]);
  const cols = readColumns(await engine.query(transactionColumnsSql()), ['column_name']).column_name.map(String);
  const flag = (k: keyof typeof d) => Boolean(d[k][0]);
  if (d.ref_date[0] === null || d.first_date[0] === null) throw new Error('no dated orders in the data');
  return {
    refDate: String(d.ref_date[0]),
    firstDate: String(d.first_date[0]),
    lastDate: String(d.last_date[0]),
    customers: num(d.customers[0]),
    orders: num(d.orders[0]),
    nonPositive: num(d.non_positive[0]),
    returnLines: num(d.return_lines[0]),
    has: {
      product: flag('has_product'), category: flag('has_category'), region: flag('has_region'),
      channel: flag('has_channel'), margin: flag('has_margin'),
    },
    attitudeColumn: attitudeColumn(cols),
  };
}
