import { describe, expect, it, vi } from 'vitest';
import { renderLifecycle, type LifecycleStage } from '../../../src/lib/charts/renderLifecycle';
import { expectSnapshot, keys, LONG_EN, LONG_ZH, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

const STAGES: LifecycleStage[] = [
  { stage: 'lost', customers: 1800, revenue: 40_000 },
  { stage: 'stability', customers: 900, revenue: 310_000 },
  { stage: 'exploration', customers: 1500, revenue: 60_000 },
  { stage: 'decline', customers: 600, revenue: 90_000 },
  { stage: 'formation', customers: 700, revenue: 120_000 },
];

describe('renderLifecycle', () => {
  it('renderLifecycle() draws stages in lifecycle order with both shares', () => {
    const svg = renderLifecycle(STAGES, { document });
    expect(keys(svg)).toEqual(['exploration', 'formation', 'stability', 'decline', 'lost']);
    expect(texts(svg)).toContain('Stability');
    expect(svg.querySelector('desc')?.textContent).toBe('44% of customers are in decline or lost; they bring 21% of revenue');
    expectSnapshot(svg, 'lifecycle-typical');
  });

  it('renderLifecycle() names stages in Chinese', () => {
    const svg = renderLifecycle(STAGES, { document, locale: 'zh-CN', currency: 'CNY' });
    expect(texts(svg)).toEqual(expect.arrayContaining(['考察期', '形成期', '稳定期', '退化期', '流失']));
    expectSnapshot(svg, 'lifecycle-zh');
  });

  it('renderLifecycle() says there is no data for no stages', () => {
    expectSnapshot(renderLifecycle([], { document }), 'lifecycle-empty');
  });

  it('renderLifecycle() draws one customer', () => {
    const svg = renderLifecycle([{ stage: 'exploration', customers: 1, revenue: 25 }], { document, width: 360, height: 200 });
    expect(keys(svg)).toEqual(['exploration']);
    expect(svg.querySelector('desc')?.textContent).toBe('0% of customers are in decline or lost; they bring 0% of revenue');
    expectSnapshot(svg, 'lifecycle-one-customer');
  });

  it('renderLifecycle() keeps unknown, long and hostile stage names as text', () => {
    const svg = renderLifecycle([...STAGES.slice(0, 2), { stage: SCRIPT, customers: 5, revenue: 5 }, { stage: LONG_ZH, customers: 9, revenue: 1 }, { stage: LONG_EN, customers: 3, revenue: 2 }], { document });
    expect(svg.querySelector('script')).toBeNull();
    expect(keys(svg)).toEqual(['stability', 'lost', SCRIPT, LONG_ZH, LONG_EN]);
    expect(svg.querySelectorAll('[data-key] > title')[2].textContent?.startsWith(SCRIPT)).toBe(true);
    expectSnapshot(svg, 'lifecycle-long-labels');
  });

  it('renderLifecycle() highlights the selected stages', () => {
    const onSelect = vi.fn();
    const svg = renderLifecycle(STAGES, { document, selected: ['decline', 'lost'], onSelect });
    expect(svg.querySelectorAll('[aria-pressed="true"]')).toHaveLength(2);
    svg.querySelector('[data-key="lost"]')?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith('lost', false);
    expectSnapshot(svg, 'lifecycle-selected');
  });
});
