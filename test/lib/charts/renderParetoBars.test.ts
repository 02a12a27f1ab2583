import { describe, expect, it, vi } from 'vitest';
import { renderParetoBars, type ParetoRow } from '../../../src/lib/charts/renderParetoBars';
import { expectSnapshot, keys, LONG_EN, LONG_ZH, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

const REGIONS: ParetoRow[] = [
  { key: 'East', revenue: 420_000, customers: 3100 },
  { key: 'North', revenue: 260_000, customers: 2200 },
  { key: 'South', revenue: 150_000, customers: 1500 },
  { key: 'West', revenue: 90_000, customers: 900 },
  { key: 'Central', revenue: 50_000, customers: 600 },
  { key: 'Online only', revenue: 30_000, customers: 800 },
];

describe('renderParetoBars', () => {
  it('renderParetoBars() sorts bars largest first with a cumulative line', () => {
    const svg = renderParetoBars([...REGIONS].reverse(), { document, dimension: 'region' });
    expect(keys(svg)).toEqual(['East', 'North', 'South', 'West', 'Central', 'Online only']);
    expect(svg.querySelector('title')?.textContent).toBe('Revenue by region, largest first, with the cumulative share');
    expect(svg.querySelector('desc')?.textContent).toBe('3 of 6 regions bring 80% of revenue; the largest, East, brings 42%');
    expect(svg.querySelectorAll('circle')).toHaveLength(6);
    expectSnapshot(svg, 'pareto-typical');
  });

  it('renderParetoBars() folds the tail into Other and speaks Chinese', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ key: `商品${i + 1}`, revenue: Math.round(10_000 / (i + 1)), customers: 50 - i }));
    const svg = renderParetoBars(many, { document, dimension: 'product', maxBars: 12, locale: 'zh-CN', currency: 'CNY' });
    expect(keys(svg)).toHaveLength(12);
    expect(texts(svg)).toContain('其他（18 项）');
    expect(svg.querySelector('desc')?.textContent).toMatch(/^30 个商品中的 \d+ 个贡献了 80% 的收入；最大的“商品1”占 25%$/);
    expectSnapshot(svg, 'pareto-zh-other');
  });

  it('renderParetoBars() says there is no data for no rows', () => {
    expectSnapshot(renderParetoBars([], { document }), 'pareto-empty');
  });

  it('renderParetoBars() draws one customer', () => {
    const svg = renderParetoBars([{ key: 'Web', revenue: 19.99, customers: 1 }], { document, dimension: 'channel' });
    expect(svg.querySelector('desc')?.textContent).toBe('1 of 1 channels bring 80% of revenue; the largest, Web, brings 100%');
    expectSnapshot(svg, 'pareto-one-customer');
  });

  it('renderParetoBars() rotates long labels and keeps hostile ones as text', () => {
    const rows = [LONG_ZH, LONG_EN, SCRIPT, 'x'].map((key, i) => ({ key, revenue: 1000 - i * 200, customers: 10 }));
    const svg = renderParetoBars(rows, { document, dimension: 'category', width: 480 });
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('.sb-axis-x text')?.getAttribute('transform')).toContain('rotate(-35)');
    expect(Array.from(svg.querySelectorAll('.sb-axis-x title')).map((e) => e.textContent)).toContain(LONG_EN);
    expect(Array.from(svg.querySelectorAll('[data-key] > title')).map((e) => e.textContent?.split('\n')[0])).toContain(SCRIPT);
    expectSnapshot(svg, 'pareto-long-labels');
  });

  it('renderParetoBars() highlights the selection', () => {
    const onSelect = vi.fn();
    const svg = renderParetoBars(REGIONS, { document, selected: ['North'], onSelect });
    expect(svg.querySelectorAll('[data-key][opacity="0.3"]')).toHaveLength(5);
    svg.querySelector('[data-key="West"]')?.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
    expect(onSelect).toHaveBeenCalledWith('West', true);
    expectSnapshot(svg, 'pareto-selected');
  });
});
