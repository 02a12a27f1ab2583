import { describe, it, expect } from 'vitest';
import { formats } from '../../../src/lib/charts/format';
import {
  basketAssumption, clvAssumption, lifecycleAssumption, listAssumption, migrationAssumption, rfmAssumption, valueMatrixAssumption,
} from '../../../src/lib/analyses/assumptions';
import type { DataInfo } from '../../../src/lib/analyses/types';
import { translator } from './translate';

const info: DataInfo = {
  refDate: '2025-01-01', firstDate: '2022-01-01', lastDate: '2024-12-31', customers: 5000, orders: 15561,
  nonPositive: 3, returnLines: 120,
  has: { product: true, category: true, region: true, channel: true, margin: false }, attitudeColumn: null,
};
const cuts = { r: [239, 426, 584, 791.2000000000003], f: [1, 1, 2, 4], m: [22.41, 38.088, 65.312, 128.176] };

describe('assumption sentences', () => {
  const en = translator('en');
  const zh = translator('zh-CN');
  const fEn = formats('en', 'USD');
  const fZh = formats('zh-CN', 'CNY');

  it('RFM names the reference date, the quantile cut points, returns and flagged customers', () => {
    const s = rfmAssumption(info, cuts, en, fEn);
    expect(s).toContain('Jan 1, 2025');
    expect(s).toContain('5,000 customers');
    expect(s).toContain('R: 239 / 426 / 584 / 791.2 days');
    expect(s).toContain('F: 1 / 1 / 2 / 4 orders');
    expect(s).toContain('M: $22.41 / $38.09 / $65.31 / $128.18');
    expect(s).toContain('Returns (120 lines with a negative amount) reduce M.');
    expect(s).toContain('3 customers with a net amount of 0 or less');
    expect(rfmAssumption({ ...info, returnLines: 0 }, cuts, en, fEn)).toContain('The data has no returns');
  });

  it('RFM reads in Chinese with Chinese dates and currency', () => {
    const s = rfmAssumption(info, cuts, zh, fZh);
    expect(s).toContain('2025年1月1日');
    expect(s).toContain('5,000 位客户');
    expect(s).toContain('¥22.41');
    expect(s).not.toMatch(/\{\w+\}/);
    expect(s).toContain('最近。退货');
  });

  it('the customer list says how many of how many, and of whom', () => {
    expect(listAssumption(100, 400, ['Champions'], en, fEn)).toBe(
      'The first 100 of 400 customers in the selection Champions, highest net revenue first. Scores, segments and tiers as in the RFM analysis.',
    );
    expect(listAssumption(100, 5000, null, zh, fZh)).toContain('显示 5,000 位客户中的前 100 位（全部客户');
  });

  it('lifecycle, migration, CLV, value matrix and basket sentences fill every parameter', () => {
    const all = [
      lifecycleAssumption('2025-01-01', false, en, fEn), lifecycleAssumption('2025-01-01', true, zh, fZh),
      migrationAssumption('2024-07-05', '2025-01-01', en, fEn),
      clvAssumption({ calibration_end: '2024-12-31', customers: 5000, unit: 'week' }, en, fEn),
      clvAssumption({ calibration_end: '2024-12-31', customers: 5000, unit: 'week' }, zh, fZh),
      valueMatrixAssumption(info, { future: 'trend', xCut: 40.5, yCut: 0 }, en, fEn),
      valueMatrixAssumption(info, { future: 'clv', xCut: 40.5, yCut: 12 }, zh, fZh),
      basketAssumption('product', 0.001, 7783, en, fEn), basketAssumption('category', 0.01, null, zh, fZh),
    ];
    for (const s of all) expect(s).not.toMatch(/\{\w+\}/);
    expect(all[0]).toContain('P(alive) is not used yet');
    expect(all[1]).toContain('低于 10%');
    expect(all[3]).toContain('in weeks');
    expect(all[4]).toContain('以周为单位');
    expect(all[5]).toContain('the recent trend');
    expect(all[5]).toContain('above $41');
    expect(all[7]).toContain('at least 0.1% of the 7,783 baskets');
  });
});
