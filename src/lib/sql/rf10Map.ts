import type { SegmentMap } from './SegmentMap';

/** Segment map B: patterns on the two-digit text "RF" (column `rf`), ANALYSES.md section 1. */
export const rf10Map: SegmentMap = {
  name: 'rf10',
  rules: [
    { segment: 'hibernating', when: { rf: { regex: '[1-2][1-2]' } } },
    { segment: 'at risk', when: { rf: { regex: '[1-2][3-4]' } } },
    { segment: "can't lose", when: { rf: { regex: '[1-2]5' } } },
    { segment: 'about to sleep', when: { rf: { regex: '3[1-2]' } } },
    { segment: 'need attention', when: { rf: { regex: '33' } } },
    { segment: 'loyal', when: { rf: { regex: '[3-4][4-5]' } } },
    { segment: 'promising', when: { rf: { regex: '41' } } },
    { segment: 'new', when: { rf: { regex: '51' } } },
    { segment: 'potential loyalist', when: { rf: { regex: '[4-5][2-3]' } } },
    { segment: 'champions', when: { rf: { regex: '5[4-5]' } } },
  ],
  otherwise: 'others',
};
