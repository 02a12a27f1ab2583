import { describe, expect, it, vi } from 'vitest';
import { context, createFrame, emptyChart, finish, roundGeometry } from '../../../src/lib/charts/frame';
import { makeDom, serialize } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

describe('frame', () => {
  it('context() fills defaults and refuses to run without a document', () => {
    const ctx = context({ document });
    expect([ctx.width, ctx.height, ctx.locale, ctx.currency]).toEqual([640, 400, 'en', 'USD']);
    expect(() => context({})).toThrow('no document');
  });

  it('createFrame() labels the chart for assistive tech', () => {
    const fr = createFrame(context({ document }), 'test', 'A title', 'A reading', { top: 0, right: 0, bottom: 0, left: 0 });
    const svg = finish(fr);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('A title. A reading');
    expect(svg.querySelector('title')?.textContent).toBe('A title');
    expect(svg.querySelector('desc')?.textContent).toBe('A reading');
  });

  it('createFrame() makes interactive charts figures and clears on Escape', () => {
    const onSelect = vi.fn();
    const fr = createFrame(context({ document, onSelect, selected: ['x'] }), 'test', 'T', 'R', { top: 0, right: 0, bottom: 0, left: 0 });
    const svg = finish(fr);
    expect(svg.getAttribute('role')).toBe('figure');
    svg.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onSelect).toHaveBeenCalledWith(null, false);
  });

  it('emptyChart() shows a message', () => {
    const svg = emptyChart(context({ document, locale: 'zh-CN' }), 'test', '标题');
    expect(svg.getAttribute('data-empty')).toBe('true');
    expect(svg.querySelector('.sb-empty')?.textContent).toBe('没有可显示的数据');
  });

  it('roundGeometry() rounds numbers in geometry attributes only', () => {
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    g.setAttribute('d', 'M1.23456,-0.0001L1e-7,2.5');
    g.setAttribute('transform', 'translate(3.14159,2)');
    g.setAttribute('data-key', '1.23456');
    roundGeometry(g);
    expect(serialize(g)).toBe('<path d="M1.23,0L0,2.5" transform="translate(3.14,2)" data-key="1.23456"/>');
  });
});
