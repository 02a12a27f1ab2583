import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { missingFields, renderCellChart, type ChartRow } from '../../../../src/lib/app/notebook/renderCellChart';

const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
const MONTHS: ChartRow[] = ['2024-01', '2024-02', '2024-03'].map((m, i) => ({ month: m, revenue: 100 * (i + 1), cohort: i % 2 ? 'b' : 'a' }));

describe('renderCellChart', () => {
  it('missingFields() names the channels a chart type still needs', () => {
    expect(missingFields({ type: 'bar', fields: { x: 'a' } })).toEqual(['y']);
    expect(missingFields({ type: 'heatmap', fields: { x: 'a', y: 'b' } })).toEqual(['color']);
    expect(missingFields({ type: 'table', fields: {} })).toEqual([]);
  });

  it('renderCellChart() draws one bar per row with its value as a tooltip', () => {
    const svg = renderCellChart(MONTHS, { type: 'bar', fields: { x: 'month', y: 'revenue' } }, { document, title: 'Revenue' });
    const bars = svg.querySelectorAll('.sb-bars rect');
    expect(bars).toHaveLength(3);
    expect(bars[2].getAttribute('data-key')).toBe('2024-03');
    expect(bars[2].querySelector('title')?.textContent).toBe('2024-03: 300');
    expect(svg.querySelector('title')?.textContent).toBe('Revenue');
  });

  it('renderCellChart() draws a line per colour value, an area, a scatter, a heatmap, paired bars and a Lorenz curve', () => {
    const line = renderCellChart(MONTHS, { type: 'line', fields: { x: 'month', y: 'revenue', color: 'cohort' } }, { document });
    expect(line.querySelectorAll('.sb-lines path.sb-mark')).toHaveLength(2);
    const areaSvg = renderCellChart(MONTHS, { type: 'area', fields: { x: 'month', y: 'revenue' } }, { document });
    expect(areaSvg.querySelectorAll('.sb-lines path')).toHaveLength(2);
    const pts = renderCellChart([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 'x', b: 1 }], { type: 'scatter', fields: { x: 'a', y: 'b' } }, { document });
    expect(pts.querySelectorAll('.sb-points circle')).toHaveLength(2);
    const heat = renderCellChart([{ p: 0, c: 'A', v: 1 }, { p: 1, c: 'A', v: 0.5 }, { p: 0, c: 'B', v: 1 }], { type: 'heatmap', fields: { x: 'p', y: 'c', color: 'v' } }, { document });
    expect(heat.querySelectorAll('.sb-heatmap rect')).toHaveLength(3);
    const pyr = renderCellChart([{ t: 'top', c: 1, r: 20 }, { t: 'rest', c: 99, r: 80 }], { type: 'pyramid', fields: { x: 'c', y: 'r', label: 't' } }, { document });
    expect(pyr.querySelectorAll('.sb-paired rect')).toHaveLength(4);
    const lor = renderCellChart([{ x: 0.5, y: 0.8 }, { x: 1, y: 1 }], { type: 'lorenz', fields: { x: 'x', y: 'y' } }, { document });
    expect(lor.querySelectorAll('.sb-lorenz line')).toHaveLength(1);
  });

  it('renderCellChart() shows values as text: a label holding a script stays text', () => {
    const svg = renderCellChart([{ k: '<script>alert(1)</script>', v: 1 }], { type: 'bar', fields: { x: 'k', y: 'v' } }, { document });
    expect(svg.querySelectorAll('script')).toHaveLength(0);
    expect(svg.textContent).toContain('<script>');
  });

  it('renderCellChart() shows the empty text when a column is not chosen or there are no rows', () => {
    const svg = renderCellChart(MONTHS, { type: 'bar', fields: { x: 'month' } }, { document, emptyText: 'Choose y' });
    expect(svg.getAttribute('data-empty')).toBe('true');
    expect(svg.textContent).toContain('Choose y');
    expect(renderCellChart([], { type: 'bar', fields: { x: 'a', y: 'b' } }, { document }).getAttribute('data-empty')).toBe('true');
  });
});
