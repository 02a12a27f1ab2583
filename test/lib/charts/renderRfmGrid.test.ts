import { describe, expect, it, vi } from 'vitest';
import { renderRfmGrid, rf10Segment, type RfmCell } from '../../../src/lib/charts/renderRfmGrid';
import { drag, expectSnapshot, keys, makeDom, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

function grid(): RfmCell[] {
  const cells: RfmCell[] = [];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      const customers = ((r * 7 + f * 13) % 17) * 10 + (r === 5 && f === 5 ? 200 : 0);
      cells.push({ r, f, customers, revenue: customers * (20 + r * 5 + f * 30) });
    }
  }
  return cells;
}

describe('renderRfmGrid', () => {
  it('renderRfmGrid() draws 25 cells keyed r,f with mean M', () => {
    const svg = renderRfmGrid(grid(), { document });
    expect(keys(svg)).toHaveLength(25);
    expect(keys(svg)[0]).toBe('1,5');
    expect(new Set(keys(svg)).has('5,4')).toBe(true);
    const cell = svg.querySelector('[data-key="5,5"]');
    expect(cell?.querySelector('text')?.textContent).toBe('$195');
    expect(svg.querySelector('desc')?.textContent).toMatch(/^Recent, frequent customers \(R ≥ 4, F ≥ 4\) are \d+% of customers and bring \d+% of revenue$/);
    expectSnapshot(svg, 'rfm-grid-typical');
  });

  it('renderRfmGrid() colours by revenue with segment outlines in Chinese', () => {
    const svg = renderRfmGrid(grid(), { document, colorBy: 'revenue', outlines: true, locale: 'zh-CN', currency: 'CNY' });
    expect(svg.querySelector('title')?.textContent).toBe('按最近购买与购买频次评分的收入分布');
    expect(texts(svg)).toContain('冠军客户');
    expect(svg.querySelectorAll('.sb-outlines line').length).toBeGreaterThan(20);
    expectSnapshot(svg, 'rfm-grid-revenue-outlines-zh');
  });

  it('rf10Segment() follows map B', () => {
    expect(rf10Segment(5, 5)).toBe('champions');
    expect(rf10Segment(3, 3)).toBe('need attention');
    expect(rf10Segment(1, 5)).toBe("can't lose");
    expect(rf10Segment(4, 1)).toBe('promising');
    expect(rf10Segment(4, 3)).toBe('potential loyalist');
  });

  it('renderRfmGrid() says there is no data for no cells', () => {
    const svg = renderRfmGrid([], { document });
    expect(texts(svg)).toContain('No data to show');
    expectSnapshot(svg, 'rfm-grid-empty');
  });

  it('renderRfmGrid() draws one customer in one cell and empty cells as dashes', () => {
    const svg = renderRfmGrid([{ r: 5, f: 1, customers: 1, revenue: 42 }], { document, width: 400, height: 320 });
    expect(keys(svg)).toHaveLength(25);
    expect(texts(svg).filter((s) => s === '–')).toHaveLength(24);
    expect(svg.querySelector('[data-key="5,1"] text')?.textContent).toBe('$42');
    expectSnapshot(svg, 'rfm-grid-one-customer');
  });

  it('renderRfmGrid() keeps long and hostile segment names as text', () => {
    const svg = renderRfmGrid(grid(), { document, outlines: [
      { name: '<script>alert(1)</script>', cells: ['5,5', '5,4', '4,5', '4,4'] },
      { name: '非常非常长的中文细分名称用于测试截断效果是否正常工作', cells: ['1,1', '1,2', '2,1'] },
    ] });
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('[data-key="5,5"] title')?.textContent).toContain('<script>alert(1)</script>');
    expectSnapshot(svg, 'rfm-grid-long-labels');
  });

  it('renderRfmGrid() highlights the selection and selects a cell by keyboard', () => {
    const onSelect = vi.fn();
    const svg = renderRfmGrid(grid(), { document, selected: ['5,4', '4,4'], onSelect });
    expect(svg.querySelectorAll('[opacity="0.3"]')).toHaveLength(23);
    expect(svg.querySelector('[data-key="5,4"] rect')?.getAttribute('stroke')).toBe('#000000');
    svg.querySelector('[data-key="3,2"]')?.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith('3,2', false);
    expectSnapshot(svg, 'rfm-grid-selected');
  });
});

describe('renderRfmGrid brush', () => {
  // d3-brush asks the browser's navigator about touch; Node 20 has none, JSDOM's answers.
  vi.stubGlobal('navigator', dom.window.navigator);
  it('renderRfmGrid() with onBrush selects the cells a drag covers, starting on a cell', () => {
    const onBrush = vi.fn();
    const cells = grid().map((c) => (c.r === 2 && c.f === 4 ? { ...c, customers: 0, revenue: 0 } : c));
    const svg = renderRfmGrid(cells, { document, onBrush, onSelect: () => undefined, selected: ['1,5'] });
    expect(svg.querySelector('.sb-brush rect.overlay')).not.toBeNull();
    // The brush lies under the cells, so the cells stay clickable and keep their tooltips.
    expect(svg.querySelector('.sb-brush')?.nextElementSibling?.classList.contains('sb-cell')).toBe(true);
    const cell = svg.querySelector('[data-key="1,5"]')!;
    const size = Number(cell.querySelector('rect')!.getAttribute('width')) + 2;
    // From inside R1 F5 (top left) to inside R2 F4: four cells, less the empty one.
    drag(dom, cell, [size * 0.5, size * 0.5], [size * 1.5, size * 1.5], true);
    expect(onBrush.mock.calls).toEqual([[['1,5', '2,5', '1,4'], true]]);
    expectSnapshot(svg, 'rfm-grid-brushable');
  });
});
