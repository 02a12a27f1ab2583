import { NUMBER_ROLES, TEXT_ROLES } from '../ingest/types';
import { quoteIdent } from './quoteIdent';

/**
 * The `transactions` table every analysis reads. All role columns always exist (NULL when the
 * user did not map that role) so analysis SQL never has to ask which columns are there;
 * `line` is the row's 1-based physical line in the source file, for reports and spot checks.
 */
export function transactionsDdl(table: string, attributes: string[]): string {
  const cols = [
    'line INTEGER',
    ...TEXT_ROLES.map((r) => `${r} VARCHAR`),
    'order_date DATE',
    ...NUMBER_ROLES.map((r) => `${r} DOUBLE`),
    ...attributes.map((a) => `${quoteIdent(a)} VARCHAR`),
  ];
  return `CREATE OR REPLACE TABLE ${quoteIdent(table)} (\n  ${cols.join(',\n  ')}\n)`;
}
