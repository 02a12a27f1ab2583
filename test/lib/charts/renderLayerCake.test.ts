import { describe, expect, it, vi } from 'vitest';
import { renderLayerCake, type LayerCakeRow } from '../../../src/lib/charts/renderLayerCake';
import { expectSnapshot, keys, LONG_EN, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

function cake(n: number): LayerCakeRow[] {
  const rows: LayerCakeRow[] = [];
  const month = (i: number) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  for (let c = 0; c < n; c++) {
    for (let m = c; m < n; m++) rows.push({ cohort: month(c), month: month(m), revenue: m === c ? 10_000 + c * 500 : 3_000 * Math.pow(0.85, m - c - 1) });
  }
  return rows;
}

describe('renderLayerCake', () => {
  it('renderLayerCake() stacks revenue by cohort over calendar months', () => {
    const svg = renderLayerCake(cake(12), { document });
    expect(keys(svg)).toHaveLength(12);
    expect(keys(svg)[0]).toBe('2024-01');
    expect(svg.querySelector('desc')?.textContent).toBe('In Dec 2024, 52% of revenue came from customers acquired in earlier months');
    expectSnapshot(svg, 'layer-cake-typical');
  });

  it('renderLayerCake() formats months and yuan in Chinese', () => {
    const svg = renderLayerCake(cake(18), { document, locale: 'zh-CN', currency: 'CNY' });
    expect(texts(svg)).toContain('2024年1月');
    expect(texts(svg)).toContain('收入（CNY）');
    expectSnapshot(svg, 'layer-cake-zh');
  });

  it('renderLayerCake() says there is no data for no rows', () => {
    expectSnapshot(renderLayerCake([], { document }), 'layer-cake-empty');
  });

  it('renderLayerCake() draws one customer in one month, and a return as zero', () => {
    const svg = renderLayerCake([{ cohort: '2024-05', month: '2024-05', revenue: 30 }, { cohort: '2024-04', month: '2024-05', revenue: -10 }], { document });
    expect(keys(svg)).toEqual(['2024-04', '2024-05']);
    expect(svg.querySelector('[data-key="2024-04"] title')?.textContent).toContain('-$10.00');
    expectSnapshot(svg, 'layer-cake-one-customer');
  });

  it('renderLayerCake() keeps long and hostile cohort names as text', () => {
    const rows = [{ cohort: SCRIPT, month: '2024-01', revenue: 500 }, { cohort: LONG_EN, month: '2024-01', revenue: 400 }];
    const svg = renderLayerCake(rows, { document, width: 320, height: 240 });
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('path[data-key] title')?.textContent?.startsWith(SCRIPT)).toBe(true);
    expectSnapshot(svg, 'layer-cake-long-labels');
  });

  it('renderLayerCake() outlines the selected cohort', () => {
    const onSelect = vi.fn();
    const svg = renderLayerCake(cake(6), { document, selected: ['2024-02'], onSelect });
    expect(svg.querySelector('[data-key="2024-02"]')?.getAttribute('stroke')).toBe('#000000');
    svg.querySelector('[data-key="2024-05"]')?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true, metaKey: true }));
    expect(onSelect).toHaveBeenCalledWith('2024-05', true);
    expectSnapshot(svg, 'layer-cake-selected');
  });
});
