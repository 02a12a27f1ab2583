import { describe, expect, it, vi } from 'vitest';
import { renderMatrix2x2, type MatrixCell } from '../../../src/lib/charts/renderMatrix2x2';
import { expectSnapshot, keys, LONG_EN, LONG_ZH, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

const VALUE: MatrixCell[] = [
  { cell: 'A', customers: 800, revenue: 520_000, label: 'Keep at all cost' },
  { cell: 'B', customers: 1200, revenue: 90_000, label: 'Grow' },
  { cell: 'C', customers: 1100, revenue: 260_000, label: 'Defend or harvest' },
  { cell: 'D', customers: 1900, revenue: 60_000, label: 'Serve at low cost' },
];

const place = (svg: SVGSVGElement, key: string) => svg.querySelector(`[data-key="${key}"]`)?.getAttribute('transform');

describe('renderMatrix2x2', () => {
  it('renderMatrix2x2() places A top-right and D bottom-left in the value matrix', () => {
    const svg = renderMatrix2x2(VALUE, { document });
    expect(keys(svg)).toEqual(['A', 'B', 'C', 'D']);
    expect(place(svg, 'B')).toBe('translate(0,0)');
    expect(place(svg, 'D')).toMatch(/^translate\(0,[1-9]/);
    expect(place(svg, 'A')).toMatch(/^translate\([1-9][\d.]*,0\)$/);
    expect(svg.querySelector('desc')?.textContent).toBe('Keep at all cost: 16% of customers bring 56% of revenue');
    expectSnapshot(svg, 'matrix-value');
  });

  it('renderMatrix2x2() draws the loyalty matrix in Chinese without revenue', () => {
    const cells: MatrixCell[] = [
      { cell: '绝对忠诚', customers: 300, label: '绝对忠诚' },
      { cell: '惯性忠诚', customers: 900, label: '惯性忠诚' },
      { cell: '潜在忠诚', customers: 200, label: '潜在忠诚' },
      { cell: '非忠诚', customers: 1600, label: '非忠诚' },
    ];
    const svg = renderMatrix2x2(cells, { document, kind: 'loyalty', locale: 'zh-CN' });
    expect(svg.querySelector('title')?.textContent).toBe('顾客忠诚矩阵：行为忠诚与态度忠诚');
    expect(svg.querySelector('desc')?.textContent).toBe('非忠诚是最大的群体，占客户的 53%');
    expect(place(svg, '惯性忠诚')).toMatch(/^translate\([1-9][\d.]*,[1-9]/);
    expectSnapshot(svg, 'matrix-loyalty-zh');
  });

  it('renderMatrix2x2() explains a missing loyalty matrix', () => {
    const svg = renderMatrix2x2([], { document, kind: 'loyalty' });
    expect(texts(svg)).toContain('No satisfaction or NPS column: attitudinal loyalty cannot be shown');
    expectSnapshot(svg, 'matrix-empty');
  });

  it('renderMatrix2x2() draws one customer', () => {
    const svg = renderMatrix2x2([{ cell: 'A', customers: 1, revenue: 10, label: 'Keep' }, { cell: 'D', customers: 0, revenue: 0, label: 'Low' }], { document });
    expect(keys(svg)).toEqual(['A', 'D']);
    expectSnapshot(svg, 'matrix-one-customer');
  });

  it('renderMatrix2x2() wraps long labels and keeps hostile ones as text', () => {
    const cells = VALUE.map((c, i) => ({ ...c, label: [LONG_ZH, LONG_EN, SCRIPT, 'x'][i] }));
    const svg = renderMatrix2x2(cells, { document, width: 420, height: 380 });
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelectorAll('[data-key] > title')[2].textContent?.split('\n')[0]).toBe(`C · ${SCRIPT}`);
    expect(texts(svg).some((s) => s.endsWith('…'))).toBe(true);
    expectSnapshot(svg, 'matrix-long-labels');
  });

  it('renderMatrix2x2() honours explicit quadrants and the selection', () => {
    const onSelect = vi.fn();
    const cells = VALUE.map((c, i) => ({ ...c, cell: `q${i}`, quadrant: (['br', 'bl', 'tr', 'tl'] as const)[i] }));
    const svg = renderMatrix2x2(cells, { document, selected: ['q3'], onSelect });
    expect(place(svg, 'q3')).toBe('translate(0,0)');
    expect(svg.querySelectorAll('[opacity="0.3"]')).toHaveLength(3);
    svg.querySelector('[data-key="q1"]')?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith('q1', false);
    expectSnapshot(svg, 'matrix-selected');
  });
});
