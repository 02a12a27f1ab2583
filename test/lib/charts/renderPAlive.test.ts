import { describe, expect, it } from 'vitest';
import { renderPAlive, type PAlivePoint } from '../../../src/lib/charts/renderPAlive';
import { expectSnapshot, makeDom, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

/** A BG/NBD-like surface on a 40 x 12 grid: alive when recent, more so when frequent. */
const GRID: PAlivePoint[] = [];
for (let r = 0; r < 40; r++) {
  for (let x = 0; x < 12; x++) GRID.push({ recency: r, frequency: x, p_alive: x === 0 ? 1 : Math.min(1, Math.pow((r + 1) / 40, x / 3)) });
}

describe('renderPAlive', () => {
  it('renderPAlive() bins recency and gives each integer frequency a row', () => {
    const svg = renderPAlive(GRID, { document });
    expect(svg.querySelectorAll('.sb-cells rect')).toHaveLength(20 * 12);
    expect(svg.querySelector('desc')?.textContent).toMatch(/^\d+% of customers are more likely gone than active \(P\(alive\) < 50%\)$/);
    expectSnapshot(svg, 'p-alive-typical');
  });

  it('renderPAlive() bins continuous frequencies, in Chinese with days', () => {
    const pts = GRID.map((p) => ({ ...p, frequency: p.frequency * 3.7 }));
    const svg = renderPAlive(pts, { document, locale: 'zh-CN', unit: 'day', bins: 10 });
    expect(svg.querySelectorAll('.sb-cells rect').length).toBeLessThanOrEqual(100);
    expect(texts(svg)).toContain('最近购买：首次到末次购买的时间（天）');
    expectSnapshot(svg, 'p-alive-zh-binned');
  });

  it('renderPAlive() says there is no data for no points', () => {
    expectSnapshot(renderPAlive([], { document }), 'p-alive-empty');
  });

  it('renderPAlive() draws one customer', () => {
    const svg = renderPAlive([{ recency: 0, frequency: 0, p_alive: 1 }], { document, width: 360, height: 260 });
    expect(svg.querySelectorAll('.sb-cells rect')).toHaveLength(1);
    expect(texts(svg)).toContain('100%');
    expectSnapshot(svg, 'p-alive-one-customer');
  });

  it('renderPAlive() keeps a long hostile title as text', () => {
    const svg = renderPAlive(GRID, { document, title: `<script>alert(1)</script> An extraordinarily long English title that will not fit` });
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('title')?.textContent?.startsWith('<script>')).toBe(true);
    expectSnapshot(svg, 'p-alive-long-labels');
  });
});
