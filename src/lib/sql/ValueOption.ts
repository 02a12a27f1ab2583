/**
 * What ranks customers in the pyramid: net revenue (default), margin, or a number from another
 * per-customer table (e.g. predicted CLV), matched on `id` (default customer_id); customers
 * missing there count as 0.
 */
export type ValueOption = 'revenue' | 'margin' | { table: string; column: string; id?: string };
