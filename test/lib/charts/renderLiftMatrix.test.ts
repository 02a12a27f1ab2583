import { describe, expect, it, vi } from 'vitest';
import { renderLiftMatrix, type LiftPair } from '../../../src/lib/charts/renderLiftMatrix';
import { expectSnapshot, keys, LONG_EN, LONG_ZH, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

const ITEMS = ['Beer', 'Diapers', 'Chips', 'Salsa', 'Milk', 'Bread'];
const PAIRS: LiftPair[] = [];
ITEMS.forEach((a, i) => ITEMS.forEach((b, j) => {
  if (i === j) return;
  const lift = (a === 'Beer' && b === 'Diapers') || (a === 'Diapers' && b === 'Beer') ? 3.2 : 0.6 + ((i * 3 + j * 5) % 9) / 6;
  PAIRS.push({ a, b, support: 0.01 + ((i + j) % 5) / 100, confidence: 0.1 + ((i * j) % 7) / 10, lift });
}));

describe('renderLiftMatrix', () => {
  it('renderLiftMatrix() draws a cell per pair with the lift printed', () => {
    const svg = renderLiftMatrix(PAIRS, { document });
    expect(keys(svg)).toHaveLength(30);
    expect(keys(svg)).toContain('["Beer","Diapers"]');
    expect(svg.querySelector('desc')?.textContent).toBe('Strongest pair: Beer and Diapers, bought together 3.2× as often as by chance');
    expect(texts(svg)).toContain('3.2');
    expectSnapshot(svg, 'lift-typical');
  });

  it('renderLiftMatrix() keeps the most supported items and speaks Chinese', () => {
    const svg = renderLiftMatrix(PAIRS, { document, maxItems: 4, locale: 'zh-CN' });
    expect(svg.querySelectorAll('.sb-axis-y text')).toHaveLength(4);
    expect(keys(svg)).toHaveLength(12);
    expect(svg.querySelector('desc')?.textContent).toBe('关联最强：Beer 与 Diapers，同时购买的频率是随机情况的 3.2 倍');
    expectSnapshot(svg, 'lift-zh-top4');
  });

  it('renderLiftMatrix() says there is no data for no pairs', () => {
    expectSnapshot(renderLiftMatrix([{ a: 'x', b: 'y', support: 0.1, confidence: 0.1, lift: Number.NaN }], { document }), 'lift-empty');
  });

  it('renderLiftMatrix() draws one pair from one customer', () => {
    const svg = renderLiftMatrix([{ a: 'Tea', b: 'Cake', support: 1, confidence: 1, lift: 1 }], { document });
    expect(keys(svg)).toEqual(['["Tea","Cake"]']);
    expectSnapshot(svg, 'lift-one-customer');
  });

  it('renderLiftMatrix() keeps long and hostile product names as text', () => {
    const svg = renderLiftMatrix([{ a: SCRIPT, b: LONG_ZH, support: 0.2, confidence: 0.5, lift: 2 }, { a: LONG_EN, b: SCRIPT, support: 0.1, confidence: 0.3, lift: 0.5 }], { document });
    expect(svg.querySelector('script')).toBeNull();
    expect(keys(svg)).toContain(JSON.stringify([SCRIPT, LONG_ZH]));
    expect(svg.querySelector('desc')?.textContent).toContain(SCRIPT);
    expectSnapshot(svg, 'lift-long-labels');
  });

  it('renderLiftMatrix() highlights the selected pair', () => {
    const onSelect = vi.fn();
    const key = '["Chips","Salsa"]';
    const svg = renderLiftMatrix(PAIRS, { document, selected: [key], onSelect });
    expect(svg.querySelectorAll('[aria-pressed="true"]')).toHaveLength(1);
    const cell = Array.from(svg.querySelectorAll('[data-key]')).find((e) => e.getAttribute('data-key') === '["Milk","Bread"]');
    cell?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true, ctrlKey: true }));
    expect(onSelect).toHaveBeenCalledWith('["Milk","Bread"]', true);
    expectSnapshot(svg, 'lift-selected');
  });
});
