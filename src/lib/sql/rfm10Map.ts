import type { SegmentMap } from './SegmentMap';

/**
 * Segment map A: 10 segments on R, F, M scores, first match wins (ANALYSES.md section 1; the
 * default map in the examples of rsquaredacademy/rfm `R/rfm-segment.R`).
 */
export const rfm10Map: SegmentMap = {
  name: 'rfm10',
  rules: [
    { segment: 'Champions', when: { r: [5, 5], f: [5, 5], m: [5, 5] } },
    { segment: 'Potential Loyalist', when: { r: [3, 5], f: [3, 5], m: [2, 5] } },
    { segment: 'Loyal Customers', when: { r: [2, 4], f: [2, 4], m: [2, 4] } },
    { segment: 'Promising', when: { r: [3, 4], f: [1, 3], m: [3, 5] } },
    { segment: 'New Customers', when: { r: [4, 5], f: [1, 3], m: [1, 5] } },
    { segment: "Can't Lose Them", when: { r: [1, 2], f: [3, 4], m: [4, 5] } },
    { segment: 'At Risk', when: { r: [1, 2], f: [2, 5], m: [4, 5] } },
    { segment: 'Need Attention', when: { r: [1, 3], f: [3, 5], m: [3, 5] } },
    { segment: 'About To Sleep', when: { r: [2, 3], f: [1, 3], m: [1, 4] } },
    { segment: 'Lost', when: { r: [1, 1], f: [1, 5], m: [1, 5] } },
  ],
  otherwise: 'Others',
};
