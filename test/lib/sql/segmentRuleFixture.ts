import type { SegmentMap } from '../../../src/lib/sql/SegmentMap';

/**
 * Five customers worked by hand against `overlapMap`: rule 1 (Top: R 4-5, F 4-5) takes c1, c2;
 * rule 2 (Frequent: F 3-5) matches c1, c2, c3, c5 but gets only c3, c5 (first match wins);
 * rule 3 (Ghost: R 5, M 1) matches nobody; c4 (1,1,1) falls in the gap and is Unassigned.
 */
export const FIXTURE_SQL = `CREATE OR REPLACE TABLE customer_rfm AS SELECT * FROM (VALUES
  ('c1', 5, 5, 5, 100::DOUBLE), ('c2', 5, 4, 3, 50), ('c3', 3, 3, 3, 30), ('c4', 1, 1, 1, 5), ('c5', 2, 5, 5, 80)
) AS t(customer_id, r, f, m, revenue)`;

export const overlapMap: SegmentMap = {
  name: 'custom',
  rules: [
    { segment: 'Top', when: { r: [4, 5], f: [4, 5] } },
    { segment: 'Frequent', when: { f: [3, 5] } },
    { segment: 'Ghost', when: { r: [5, 5], m: [1, 1] } },
  ],
  otherwise: 'Unassigned',
};
