import { select } from 'd3';
import { describe, expect, it, vi } from 'vitest';
import { bindMarks, markState } from '../../../src/lib/charts/marks';
import { makeDom } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

function marks(opts: Parameters<typeof bindMarks>[3]) {
  const g = select(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
  const sel = g.selectAll<SVGRectElement, string>('rect').data(['a', 'b']).join('rect');
  bindMarks(sel, (d) => d, (d) => `mark ${d}`, opts);
  return Array.from(g.node()?.querySelectorAll('rect') ?? []);
}

describe('marks', () => {
  it('markState() is normal without a selection', () => {
    expect(markState({})('a')).toBe('normal');
    expect(markState({ selected: ['a'] })('b')).toBe('dimmed');
  });

  it('bindMarks() leaves static marks unfocusable', () => {
    const [a] = marks({});
    expect(a.getAttribute('data-key')).toBe('a');
    expect(a.hasAttribute('tabindex')).toBe(false);
  });

  it('bindMarks() handles click, Space and modifier keys', () => {
    const onSelect = vi.fn();
    const [a, b] = marks({ onSelect, selected: ['a'] });
    expect(a.getAttribute('aria-label')).toBe('mark a');
    expect(b.getAttribute('aria-pressed')).toBe('false');
    b.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: ' ' }));
    b.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'x' }));
    a.dispatchEvent(new dom.window.MouseEvent('click', { shiftKey: true }));
    a.dispatchEvent(new dom.window.MouseEvent('click'));
    expect(onSelect.mock.calls).toEqual([['b', false], ['a', true], [null, false]]);
  });
});
