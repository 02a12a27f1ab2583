import type { TierSet } from './TierSet';

/** The Chinese CRM textbook pyramid: 重要 1%, 次要 19% (together 关键客户, the top 20%), 普通 30%, 小客户 50%. */
export const cnTierSet: TierSet = {
  tiers: [
    { name: '重要客户', share: 0.01 },
    { name: '次要客户', share: 0.19 },
    { name: '普通客户', share: 0.3 },
    { name: '小客户', share: 0.5 },
  ],
};
