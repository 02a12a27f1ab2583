import type { SegmentMap } from './SegmentMap';

/**
 * Segment map C, RFM 八类客户: 高/低 of R, F, M against the customers' mean, as the flags
 * r_high (days <= mean days: more recent), f_high, m_high of customerRfmSql. Every combination
 * is a class, so the map has no `otherwise`.
 */
export const cn8Map: SegmentMap = {
  name: 'cn8',
  rules: [
    { segment: '重要价值客户', when: { r_high: true, f_high: true, m_high: true } },
    { segment: '重要发展客户', when: { r_high: true, f_high: false, m_high: true } },
    { segment: '重要保持客户', when: { r_high: false, f_high: true, m_high: true } },
    { segment: '重要挽留客户', when: { r_high: false, f_high: false, m_high: true } },
    { segment: '一般价值客户', when: { r_high: true, f_high: true, m_high: false } },
    { segment: '一般发展客户', when: { r_high: true, f_high: false, m_high: false } },
    { segment: '一般保持客户', when: { r_high: false, f_high: true, m_high: false } },
    { segment: '一般挽留客户', when: { r_high: false, f_high: false, m_high: false } },
  ],
};
