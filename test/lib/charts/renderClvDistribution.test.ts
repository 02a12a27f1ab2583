import { describe, expect, it, vi } from 'vitest';
import { renderClvDistribution } from '../../../src/lib/charts/renderClvDistribution';
import { expectSnapshot, keys, makeDom, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

/** Deterministic long-tailed values: a log-normal-ish ladder. */
const VALUES = Array.from({ length: 500 }, (_, i) => Math.round(Math.exp(3 + 2.2 * Math.sin(i * 12.9898) ** 2 + (i % 7) * 0.18) * 100) / 100);

describe('renderClvDistribution', () => {
  it('renderClvDistribution() draws bars with median and mean marked', () => {
    const svg = renderClvDistribution(VALUES, { document });
    const k = keys(svg);
    expect(k.length).toBeGreaterThan(10);
    expect(k.every((key) => /^-?[\d.]+\.\.-?[\d.]+$/.test(key))).toBe(true);
    const counted = Array.from(svg.querySelectorAll('[data-key] > title')).map((e) => Number(/: ([\d,]+) \(/.exec(e.textContent ?? '')?.[1].replace(/,/g, '')));
    expect(counted.reduce((s, n) => s + n, 0)).toBe(500);
    expect(svg.querySelectorAll('line.sb-marker')).toHaveLength(2);
    expect(svg.querySelector('desc')?.textContent).toMatch(/^Median CLV is \$\d+; the top 10% of customers hold \d+% of total predicted value$/);
    expectSnapshot(svg, 'clv-typical');
  });

  it('renderClvDistribution() tells how many customers the last bar holds above the cap, in Chinese', () => {
    const svg = renderClvDistribution([...VALUES, 1e6], { document, locale: 'zh-CN', currency: 'CNY', bins: 15 });
    const last = Array.from(svg.querySelectorAll('[data-key] > title')).pop()?.textContent ?? '';
    expect(last).toMatch(/另有 \d+ 位客户高于 ¥[\d,.]+，计入最后一栏/);
    expect(texts(svg)).toContain('客户数');
    expectSnapshot(svg, 'clv-zh-clipped');
  });

  it('renderClvDistribution() says there is no data for no values', () => {
    expectSnapshot(renderClvDistribution([Number.NaN], { document }), 'clv-empty');
  });

  it('renderClvDistribution() draws one customer', () => {
    const svg = renderClvDistribution([123.45], { document });
    expect(keys(svg).length).toBeGreaterThanOrEqual(1);
    expect(svg.querySelector('desc')?.textContent).toBe('Median CLV is $123; the top 10% of customers hold 100% of total predicted value');
    expectSnapshot(svg, 'clv-one-customer');
  });

  it('renderClvDistribution() keeps a hostile title as text in a narrow chart', () => {
    const svg = renderClvDistribution(VALUES, { document, width: 300, height: 220, title: '<script>alert(1)</script>' });
    expect(svg.querySelector('script')).toBeNull();
    expect(texts(svg)[0]).toContain('<script>');
    expectSnapshot(svg, 'clv-long-labels');
  });

  it('renderClvDistribution() highlights a selected bar', () => {
    const onSelect = vi.fn();
    const first = keys(renderClvDistribution(VALUES, { document }))[2];
    const svg = renderClvDistribution(VALUES, { document, selected: [first], onSelect });
    expect(svg.querySelectorAll('[data-key]:not([opacity])')).toHaveLength(1);
    svg.querySelector(`[data-key="${first}"]`)?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith(null, false);
    expectSnapshot(svg, 'clv-selected');
  });
});
