import { describe, expect, it, vi } from 'vitest';
import { renderCohortHeatmap } from '../../../src/lib/charts/renderCohortHeatmap';
import { triangle } from './fixtures';
import { drag, expectSnapshot, keys, LONG_EN, LONG_ZH, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

describe('renderCohortHeatmap', () => {
  it('renderCohortHeatmap() draws the retention triangle with rates printed', () => {
    const svg = renderCohortHeatmap(triangle(8), { document, width: 680, height: 420 });
    expect(svg.querySelectorAll('.sb-row')).toHaveLength(8);
    expect(svg.querySelectorAll('.sb-row rect')).toHaveLength(36);
    expect(new Set(keys(svg)).size).toBe(8);
    expect(svg.querySelector('[data-key="2024-01"] text')?.textContent).toBe('Jan 2024');
    expect(texts(svg)).toContain('100%');
    expect(svg.querySelector('desc')?.textContent).toBe('On average 33% of new customers buy again 1 period after their first order');
    expectSnapshot(svg, 'cohorts-typical');
  });

  it('renderCohortHeatmap() names months in Chinese and weeks as the unit', () => {
    const svg = renderCohortHeatmap(triangle(6), { document, locale: 'zh-CN', period: 'week' });
    expect(texts(svg)).toContain('2024年1月');
    expect(texts(svg)).toContain('距首次购买的周数');
    expectSnapshot(svg, 'cohorts-zh-week');
  });

  it('renderCohortHeatmap() shrinks text away for 24 cohorts', () => {
    const svg = renderCohortHeatmap(triangle(24), { document, width: 640, height: 400 });
    expect(svg.querySelectorAll('.sb-row rect')).toHaveLength(300);
    expect(svg.querySelectorAll('.sb-cell text')).toHaveLength(0);
    expectSnapshot(svg, 'cohorts-24');
  });

  it('renderCohortHeatmap() says there is no data for no rows', () => {
    const svg = renderCohortHeatmap([], { document });
    expect(texts(svg)).toContain('No data to show');
    expectSnapshot(svg, 'cohorts-empty');
  });

  it('renderCohortHeatmap() draws a single one-customer cohort', () => {
    const svg = renderCohortHeatmap([{ cohort: '2025-03', period: 0, customers: 1, rate: 1, revenue: 9.9 }], { document });
    expect(svg.querySelector('desc')?.textContent).toBe('No cohort has reached its second period yet');
    expect(keys(svg)).toEqual(['2025-03', '2025-03']);
    expectSnapshot(svg, 'cohorts-one-customer');
  });

  it('renderCohortHeatmap() keeps long and hostile cohort names as text', () => {
    const rows = triangle(3).map((r) => ({ ...r, cohort: [LONG_ZH, LONG_EN, SCRIPT][Number(r.cohort.slice(5)) - 1] }));
    const svg = renderCohortHeatmap(rows, { document });
    expect(svg.querySelector('script')).toBeNull();
    expect(keys(svg)).toContain(SCRIPT);
    expect(svg.querySelector('.sb-row > g > title')?.textContent?.startsWith(SCRIPT)).toBe(true);
    expectSnapshot(svg, 'cohorts-long-labels');
  });

  it('renderCohortHeatmap() dims other cohorts and selects a row by keyboard', () => {
    const onSelect = vi.fn();
    const svg = renderCohortHeatmap(triangle(5), { document, selected: ['2024-02'], onSelect });
    const focusable = Array.from(svg.querySelectorAll('[tabindex="0"]'));
    expect(focusable.map((e) => e.getAttribute('data-key'))).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
    expect(svg.querySelectorAll('[data-key="2024-02"][opacity]')).toHaveLength(0);
    expect(svg.querySelectorAll('[data-key="2024-03"][opacity="0.3"]')).toHaveLength(4);
    focusable[2].dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    svg.querySelector('[data-key="2024-04"] rect')?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect.mock.calls).toEqual([['2024-03', false], ['2024-04', false]]);
    expectSnapshot(svg, 'cohorts-selected');
  });
});

describe('renderCohortHeatmap brush', () => {
  // d3-brush asks the browser's navigator about touch; Node 20 has none, JSDOM's answers.
  vi.stubGlobal('navigator', dom.window.navigator);

  it('renderCohortHeatmap() with onBrush selects the cohorts whose rows a vertical drag covers', () => {
    const onBrush = vi.fn();
    const svg = renderCohortHeatmap(triangle(5), { document, onBrush, onSelect: () => undefined });
    const row = svg.querySelector('[data-key="2024-02"] rect')!;
    const rowH = Number(row.getAttribute('height')) + 1;
    // From the middle of the second row down into the fourth.
    drag(dom, row, [50, rowH * 1.5], [60, rowH * 3.2]);
    expect(onBrush.mock.calls).toEqual([[['2024-02', '2024-03', '2024-04'], false]]);
    // Row labels stay the keyboard targets.
    expect(Array.from(svg.querySelectorAll('[tabindex="0"]')).map((e) => e.getAttribute('data-key'))).toHaveLength(5);
    expectSnapshot(svg, 'cohorts-brushable');
  });
});
