import { describe, expect, it, vi } from 'vitest';
import { renderStageFlow, type StageFlow } from '../../../src/lib/charts/renderStageFlow';
import { expectSnapshot, keys, LONG_ZH, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

const FLOWS: StageFlow[] = [
  { from: 'exploration', to: 'formation', customers: 300 },
  { from: 'exploration', to: 'exploration', customers: 500 },
  { from: 'exploration', to: 'lost', customers: 400 },
  { from: 'formation', to: 'stability', customers: 250 },
  { from: 'formation', to: 'decline', customers: 100 },
  { from: 'stability', to: 'stability', customers: 600 },
  { from: 'stability', to: 'decline', customers: 150 },
  { from: 'decline', to: 'lost', customers: 200 },
  { from: 'decline', to: 'stability', customers: 50 },
  { from: 'lost', to: 'lost', customers: 900 },
];

describe('renderStageFlow', () => {
  it('renderStageFlow() draws two columns and a ribbon per flow', () => {
    const svg = renderStageFlow(FLOWS, { document, fromLabel: '2024-06-30', toLabel: '2024-12-31' });
    expect(keys(svg)).toHaveLength(10);
    expect(keys(svg)).toContain('["decline","lost"]');
    expect(svg.querySelectorAll('.sb-nodes rect')).toHaveLength(10);
    expect(texts(svg)).toContain('2024-06-30');
    expect(svg.querySelector('desc')?.textContent).toBe('600 (17%) moved up, 850 (25%) slipped and 2,000 (58%) stayed in their stage');
    expectSnapshot(svg, 'stage-flow-typical');
  });

  it('renderStageFlow() speaks Chinese', () => {
    const svg = renderStageFlow(FLOWS, { document, locale: 'zh-CN' });
    expect(texts(svg)).toContain('之前');
    expect(texts(svg).some((s) => s.startsWith('退化期'))).toBe(true);
    expectSnapshot(svg, 'stage-flow-zh');
  });

  it('renderStageFlow() says there is no data for no flows', () => {
    expectSnapshot(renderStageFlow([{ from: 'lost', to: 'lost', customers: 0 }], { document }), 'stage-flow-empty');
  });

  it('renderStageFlow() draws one customer', () => {
    const svg = renderStageFlow([{ from: 'exploration', to: 'formation', customers: 1 }], { document });
    expect(keys(svg)).toEqual(['["exploration","formation"]']);
    expect(svg.querySelector('desc')?.textContent).toBe('1 (100%) moved up, 0 (0%) slipped and 0 (0%) stayed in their stage');
    expectSnapshot(svg, 'stage-flow-one-customer');
  });

  it('renderStageFlow() keeps long and hostile stage names as text', () => {
    const svg = renderStageFlow([{ from: SCRIPT, to: LONG_ZH, customers: 10 }, { from: 'lost', to: SCRIPT, customers: 5 }], { document });
    expect(svg.querySelector('script')).toBeNull();
    expect(keys(svg)).toContain(JSON.stringify([SCRIPT, LONG_ZH]));
    expectSnapshot(svg, 'stage-flow-long-labels');
  });

  it('renderStageFlow() highlights the selected flow', () => {
    const onSelect = vi.fn();
    const key = '["stability","decline"]';
    const svg = renderStageFlow(FLOWS, { document, selected: [key], onSelect });
    expect(svg.querySelectorAll('.sb-links [opacity="0.3"]')).toHaveLength(9);
    const path = Array.from(svg.querySelectorAll('[data-key]')).find((e) => e.getAttribute('data-key') === key);
    path?.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter' }));
    expect(onSelect).toHaveBeenCalledWith(null, false);
    expectSnapshot(svg, 'stage-flow-selected');
  });
});
