import { describe, expect, it, vi } from 'vitest';
import { renderCohortHeatmap, type CohortOptions } from '../../../src/lib/charts/renderCohortHeatmap';
import { updateCohortHeatmap } from '../../../src/lib/charts/updateCohortHeatmap';
import type { RetentionRow } from '../../../src/lib/charts/retention';
import { triangle } from './fixtures';
import { makeDom, serialize } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

/** The same cohorts and periods with other values: a selection of the same customers' months. */
const halved = (rows: RetentionRow[]): RetentionRow[] =>
  rows.map((r) => ({ ...r, customers: Math.round(r.customers / 2), rate: r.period === 0 ? 1 : r.rate * 0.55, revenue: r.revenue * 3.3 }));

describe('updateCohortHeatmap', () => {
  it('updateCohortHeatmap() repaints in place exactly what renderCohortHeatmap draws for the new values', () => {
    const cases: CohortOptions[] = [
      { document, width: 680, height: 420 },
      { document, locale: 'zh-CN', period: 'week', currency: 'CNY' },
      { document, selected: ['2024-02', '2024-04'], onSelect: () => undefined },
      { document, width: 640, height: 400 },
    ];
    for (const [n, options] of [[8, cases[0]], [6, cases[1]], [5, cases[2]], [24, cases[3]]] as const) {
      const svg = renderCohortHeatmap(triangle(n), options);
      const cell = svg.querySelector('.sb-cell rect');
      expect(updateCohortHeatmap(svg, halved(triangle(n)), options)).toBe(true);
      expect(serialize(svg)).toBe(serialize(renderCohortHeatmap(halved(triangle(n)), options)));
      expect(serialize(svg)).not.toBe(serialize(renderCohortHeatmap(triangle(n), options)));
      expect(svg.querySelector('.sb-cell rect')).toBe(cell);
    }
  });

  it('updateCohortHeatmap() binds the new rows, so keyboard and clicks act on them', () => {
    const onSelect = vi.fn();
    const options: CohortOptions = { document, onSelect };
    const svg = renderCohortHeatmap(triangle(5), options);
    const next = halved(triangle(5));
    expect(updateCohortHeatmap(svg, next, options)).toBe(true);
    const label = svg.querySelectorAll('[tabindex="0"]')[1]!;
    // SAFETY: d3 keeps a mark's datum on the element as __data__.
    expect((label as unknown as { __data__: { size: number } }).__data__.size).toBe(next.find((r) => r.cohort === '2024-02' && r.period === 0)!.customers);
    label.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    svg.querySelector('[data-key="2024-04"] rect')?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect.mock.calls).toEqual([['2024-02', false], ['2024-04', false]]);
  });

  it('updateCohortHeatmap() leaves the chart alone and says so when a fresh render would differ in layout or options', () => {
    const options: CohortOptions = { document };
    const other = triangle(5).filter((r) => r.cohort !== '2024-03');
    const fewerPeriods = triangle(5).filter((r) => !(r.cohort === '2024-01' && r.period === 4));
    for (const [data, opts] of [
      [other, options], [fewerPeriods, options], [[], options], [triangle(5), { ...options }], [halved(triangle(5)), { document, width: 500 }],
    ] as const) {
      const svg = renderCohortHeatmap(triangle(5), options);
      const before = serialize(svg);
      expect(updateCohortHeatmap(svg, data, opts)).toBe(false);
      expect(serialize(svg)).toBe(before);
    }
    const empty = renderCohortHeatmap([], options);
    expect(updateCohortHeatmap(empty, triangle(5), options)).toBe(false);
    expect(updateCohortHeatmap(document.createElementNS('http://www.w3.org/2000/svg', 'svg'), triangle(5), options)).toBe(false);
  });
});
