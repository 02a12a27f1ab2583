/**
 * What overviewData needs to read selectionCellsSql's tables: customer_rfm's segment columns
 * and, read once when the tables were built, all customers' count, revenue and reference date.
 */
export interface SelectionCells {
  segmentColumns: string[];
  all: { customers: number; revenue: number; refDate: string | null };
}
