import { describe, expect, it, vi } from 'vitest';
import { bestFirst, renderLorenz, shareAt, type LorenzPoint } from '../../../src/lib/charts/renderLorenz';
import { drag, expectSnapshot, makeDom, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

/** Best-first curve of a Pareto-like shop: y = x^0.25 sampled at 10 points. */
const CURVE: LorenzPoint[] = Array.from({ length: 10 }, (_, i) => ({ customer_share: (i + 1) / 10, revenue_share: Math.pow((i + 1) / 10, 0.25) }));

describe('renderLorenz', () => {
  it('renderLorenz() marks the 80/20 point and reads the Gini', () => {
    const svg = renderLorenz(CURVE, { document });
    expect(svg.querySelector('desc')?.textContent).toBe('The top 20% of customers bring 67% of revenue (Gini 0.56)');
    expect(svg.querySelector('.sb-marker circle')?.getAttribute('cx')).not.toBeNull();
    expect(texts(svg)).toContain('20% → 67%');
    expect(svg.querySelectorAll('[data-key]')).toHaveLength(0);
    expectSnapshot(svg, 'lorenz-typical');
  });

  it('bestFirst() turns a classic worst-first Lorenz curve round', () => {
    const worst = CURVE.map((p) => ({ customer_share: 1 - p.customer_share, revenue_share: 1 - p.revenue_share }));
    const pts = bestFirst(worst);
    expect(shareAt(pts, 0.2)).toBeCloseTo(Math.pow(0.2, 0.25), 10);
    expect(shareAt(bestFirst([]), 0.5)).toBe(0.5);
  });

  it('renderLorenz() uses a given Gini and speaks Chinese', () => {
    const svg = renderLorenz(CURVE, { document, gini: 0.6234, locale: 'zh-CN', width: 420, height: 420 });
    expect(svg.querySelector('desc')?.textContent).toBe('前 20% 的客户贡献了 67% 的收入（基尼系数 0.62）');
    expectSnapshot(svg, 'lorenz-zh');
  });

  it('renderLorenz() says there is no data for no points', () => {
    expect(renderLorenz([], { document }).getAttribute('data-empty')).toBe('true');
    expectSnapshot(renderLorenz([{ customer_share: Number.NaN, revenue_share: 1 }], { document }), 'lorenz-empty');
  });

  it('renderLorenz() draws one customer as the diagonal', () => {
    const svg = renderLorenz([{ customer_share: 1, revenue_share: 1 }], { document });
    expect(svg.querySelector('desc')?.textContent).toBe('The top 20% of customers bring 20% of revenue (Gini 0.00)');
    expectSnapshot(svg, 'lorenz-one-customer');
  });

  it('renderLorenz() takes a long title and keeps it as text', () => {
    const svg = renderLorenz(CURVE, { document, width: 300, height: 300, title: '<script>alert(1)</script> 非常长的中文标题用于测试截断是否正常以及是否安全' });
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('title')?.textContent).toContain('<script>');
    expectSnapshot(svg, 'lorenz-long-labels');
  });
});

describe('renderLorenz brush', () => {
  // d3-brush asks the browser's navigator about touch; Node 20 has none, JSDOM's answers.
  vi.stubGlobal('navigator', dom.window.navigator);

  it('renderLorenz() with onBrush turns a horizontal drag into a rank band and shades selected bands', () => {
    const onBrush = vi.fn();
    const svg = renderLorenz(CURVE, { document, width: 400, height: 400, onBrush, selected: ['0..0.2'] });
    const band = svg.querySelector('.sb-band[data-key="0..0.2"]')!;
    const side = Number(band.getAttribute('width')) / 0.2;
    const overlay = svg.querySelector('.sb-brush rect.overlay')!;
    drag(dom, overlay, [side * 0.5, 10], [side * 0.25, 20]);
    expect(onBrush.mock.calls).toEqual([[['0.25..0.5'], false]]);
    expectSnapshot(svg, 'lorenz-band-selected');
    // The keyboard's way to the same bands (bandKeys): the plot is focusable and says how.
    const keysTarget = svg.querySelector('g.sb-keys')!;
    expect(keysTarget.getAttribute('aria-label')).toBe('Customer band 0% to 20%, best first: arrow keys move it, Shift with an arrow widens it, Enter selects it');
    keysTarget.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    keysTarget.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onBrush.mock.calls[1]).toEqual([['0.05..0.25'], false]);
    expect(renderLorenz(CURVE, { document, locale: 'zh-CN', onBrush }).querySelector('g.sb-keys')?.getAttribute('aria-label')).toContain('客户区间 0% 至 20%');

  });
});
