import { describe, expect, it, vi } from 'vitest';
import { renderPyramid, type PyramidTier } from '../../../src/lib/charts/renderPyramid';
import { expectSnapshot, keys, LONG_EN, LONG_ZH, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

const TIERS: PyramidTier[] = [
  { name: '重要客户', customers: 50, revenue: 165_000, customer_share: 0.01, revenue_share: 0.33 },
  { name: '次要客户', customers: 950, revenue: 190_000, customer_share: 0.19, revenue_share: 0.38 },
  { name: '普通客户', customers: 1500, revenue: 100_000, customer_share: 0.3, revenue_share: 0.2 },
  { name: '小客户', customers: 2500, revenue: 45_000, customer_share: 0.5, revenue_share: 0.09 },
];

describe('renderPyramid', () => {
  it('renderPyramid() draws tiers top-down with shares', () => {
    const svg = renderPyramid(TIERS, { document, width: 640, height: 360 });
    expect(keys(svg)).toEqual(['重要客户', '次要客户', '普通客户', '小客户']);
    expect(svg.querySelectorAll('[data-key] rect')).toHaveLength(8);
    expect(svg.querySelector('desc')?.textContent).toBe('The top 20% of customers (Key (top 1%) + Major (next 19%)) bring 71% of revenue');
    expect(texts(svg)).toContain('33%');
    expect(svg.getAttribute('role')).toBe('img');
    expectSnapshot(svg, 'pyramid-typical');
  });

  it('renderPyramid() speaks Chinese and formats yuan', () => {
    const svg = renderPyramid(TIERS, { document, locale: 'zh-CN', currency: 'CNY' });
    expect(svg.querySelector('desc')?.textContent).toBe('前 20% 的客户（重要客户、次要客户）贡献了 71% 的收入');
    expect(svg.querySelector('[data-key="重要客户"] title')?.textContent).toContain('¥165,000.00');
    expectSnapshot(svg, 'pyramid-zh');
  });

  it('renderPyramid() says there is no data for no tiers', () => {
    const svg = renderPyramid([], { document });
    expect(keys(svg)).toEqual([]);
    expect(texts(svg)).toContain('No data to show');
    expectSnapshot(svg, 'pyramid-empty');
  });

  it('renderPyramid() draws one customer', () => {
    const one = TIERS.map((d) => ({ ...d, customers: 0, revenue: 0, customer_share: 0, revenue_share: 0 }));
    one[3] = { ...one[3], customers: 1, revenue: 12.5, customer_share: 1, revenue_share: 1 };
    const svg = renderPyramid(one, { document, width: 480, height: 300 });
    expect(keys(svg)).toHaveLength(4);
    expect(svg.querySelectorAll('rect[width="0"]')).toHaveLength(6);
    expectSnapshot(svg, 'pyramid-one-customer');
  });

  it('renderPyramid() keeps long and hostile tier names as text', () => {
    const names = [LONG_ZH, LONG_EN, SCRIPT, 'D'];
    const svg = renderPyramid(TIERS.map((d, i) => ({ ...d, name: names[i] })), { document, width: 420, height: 300 });
    expect(svg.querySelector('script')).toBeNull();
    expect(keys(svg)).toContain(SCRIPT);
    expect(svg.querySelectorAll('[data-key] > title')[2].textContent).toMatch(/^<script>alert\(1\)<\/script>\n/);
    expect(texts(svg).some((s) => s.endsWith('…'))).toBe(true);
    expectSnapshot(svg, 'pyramid-long-labels');
  });

  it('renderPyramid() highlights the selection and reports clicks and keys', () => {
    const onSelect = vi.fn();
    const svg = renderPyramid(TIERS, { document, selected: ['次要客户'], onSelect });
    const marks = Array.from(svg.querySelectorAll<SVGGElement>('[data-key]'));
    expect(marks.map((m) => m.getAttribute('opacity'))).toEqual(['0.3', null, '0.3', '0.3']);
    expect(marks[1].getAttribute('aria-pressed')).toBe('true');
    expect(marks.every((m) => m.getAttribute('tabindex') === '0')).toBe(true);
    marks[0].dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true, shiftKey: true }));
    marks[1].dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    marks[2].dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    marks[2].dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onSelect.mock.calls).toEqual([['重要客户', true], [null, false], ['普通客户', false], [null, false]]);
    expectSnapshot(svg, 'pyramid-selected');
  });
});
