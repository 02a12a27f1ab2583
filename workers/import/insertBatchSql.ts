import { NUMBER_ROLES, TEXT_ROLES } from '../ingest/types';
import { NULL_DAY } from './batchToArrow';

/** SQL that moves a staged batch into `transactions`, mapping the NaN / NULL_DAY markers to NULL. */
export function insertBatchSql(target: string, stage: string, attributeCount: number): string {
  const exprs = [
    'line',
    ...TEXT_ROLES,
    `CASE WHEN order_day = ${NULL_DAY} THEN NULL ELSE DATE '1970-01-01' + order_day END`,
    ...NUMBER_ROLES.map((r) => `CASE WHEN isnan(${r}) THEN NULL ELSE ${r} END`),
    ...Array.from({ length: attributeCount }, (_, i) => `a${i}`),
  ];
  return `INSERT INTO ${target} SELECT ${exprs.join(', ')} FROM ${stage}`;
}
