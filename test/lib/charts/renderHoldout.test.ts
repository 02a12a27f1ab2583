import { describe, expect, it } from 'vitest';
import { renderHoldout, type HoldoutRow } from '../../../src/lib/charts/renderHoldout';
import { expectSnapshot, makeDom, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

/** Shaped like the CDNOW holdout check of Fader, Hardie & Lee (2005). */
const ROWS: HoldoutRow[] = [
  { calibration_purchases: 0, predicted: 0.23, actual: 0.24, customers: 1411 },
  { calibration_purchases: 1, predicted: 0.67, actual: 0.7, customers: 439 },
  { calibration_purchases: 2, predicted: 1.13, actual: 1.39, customers: 214 },
  { calibration_purchases: 3, predicted: 1.6, actual: 1.56, customers: 100 },
  { calibration_purchases: 4, predicted: 2.06, actual: 2.53, customers: 62 },
  { calibration_purchases: 5, predicted: 2.56, actual: 2.95, customers: 38 },
  { calibration_purchases: 6, predicted: 3.04, actual: 3.14, customers: 29 },
  { calibration_purchases: 7, predicted: 3.99, actual: 4.23, customers: 64 },
];

describe('renderHoldout', () => {
  it('renderHoldout() draws predicted and actual by calibration purchases', () => {
    const svg = renderHoldout(ROWS, { document });
    expect(svg.querySelectorAll('.sb-series')).toHaveLength(2);
    expect(svg.querySelectorAll('.sb-series circle')).toHaveLength(8);
    expect(svg.querySelectorAll('.sb-series rect')).toHaveLength(8);
    expect(svg.querySelector('desc')?.textContent).toBe('Overall the model predicts 0.67 purchases per customer against 0.73 actual (-8.2%)');
    expectSnapshot(svg, 'holdout-typical');
  });

  it('renderHoldout() speaks Chinese and weighs groups equally without customer counts', () => {
    const svg = renderHoldout(ROWS.map(({ customers: _, ...r }) => r), { document, locale: 'zh-CN' });
    expect(svg.querySelector('desc')?.textContent).toBe('总体上模型预测人均 1.91 次购买，实际为 2.09 次（-8.7%）');
    expect(texts(svg)).toContain('预测');
    expectSnapshot(svg, 'holdout-zh');
  });

  it('renderHoldout() says there is no data for no rows', () => {
    expectSnapshot(renderHoldout([], { document }), 'holdout-empty');
  });

  it('renderHoldout() draws one customer as points without lines', () => {
    const svg = renderHoldout([{ calibration_purchases: 2, predicted: 1.2, actual: 1, customers: 1 }], { document });
    expect(svg.querySelectorAll('.sb-series path[d]')).toHaveLength(0);
    expect(svg.querySelector('desc')?.textContent).toContain('(+20%)');
    expectSnapshot(svg, 'holdout-one-customer');
  });

  it('renderHoldout() keeps a long hostile title as text', () => {
    const svg = renderHoldout(ROWS, { document, width: 320, height: 260, title: `<script>alert(1)</script> ${'很长的标题'.repeat(8)}` });
    expect(svg.querySelector('script')).toBeNull();
    expect(texts(svg)[0].endsWith('…')).toBe(true);
    expectSnapshot(svg, 'holdout-long-labels');
  });
});
