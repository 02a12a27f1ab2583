/**
 * Six customers for the sliced customer_rfm builders' tests, ref_date 2024-01-21. Net revenue
 * a 10, b 20, c 20, d 30, e 40, f -5 (b and c tie on value, recency and frequency: b ranks first
 * by customer_id); margin = revenue - cost reorders them (e has the lowest margin but one).
 */
export const RFM_ROWS = [
  { customer_id: 'a', order_id: 'a1', order_date: '2024-01-20', amount: 10, cost: 1 },
  { customer_id: 'b', order_id: 'b1', order_date: '2024-01-16', amount: 20, cost: 2 },
  { customer_id: 'c', order_id: 'c1', order_date: '2024-01-16', amount: 20, cost: 2 },
  { customer_id: 'd', order_id: 'd1', order_date: '2023-12-01', amount: 20, cost: 5 },
  { customer_id: 'd', order_id: 'd2', order_date: '2024-01-11', amount: 10, cost: 5 },
  { customer_id: 'e', order_id: 'e1', order_date: '2023-12-01', amount: 25, cost: 30 },
  { customer_id: 'e', order_id: 'e2', order_date: '2023-12-15', amount: 15, cost: 9 },
  { customer_id: 'f', order_id: 'f1', order_date: '2023-10-01', amount: 5, cost: 1 },
  { customer_id: 'f', order_id: 'f2', order_date: '2023-10-02', amount: -10, cost: -2 },
];
