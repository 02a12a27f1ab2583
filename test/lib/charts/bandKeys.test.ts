import { describe, expect, it, vi } from 'vitest';
import { scaleLinear, select } from 'd3';
import { bandKeys } from '../../../src/lib/charts/bandKeys';
import { makeDom } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

function setup() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(g);
  document.body.append(svg);
  const onPick = vi.fn();
  bandKeys(select(g), scaleLinear().domain([0, 1]).range([0, 200]), 200, (a, b) => `band ${a}-${b}`, onPick);
  const press = (key: string, mods: KeyboardEventInit = {}) => g.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods }));
  const band = () => {
    const r = g.querySelector('rect.sb-band-keys');
    return r && [Number(r.getAttribute('x')), Number(r.getAttribute('width'))];
  };
  return { g, onPick, press, band };
}

describe('bandKeys', () => {
  it('bandKeys() makes the plot a focusable group named after its band, with no band drawn until a key', () => {
    const { g, band } = setup();
    expect(g.getAttribute('tabindex')).toBe('0');
    expect(g.getAttribute('role')).toBe('group');
    expect(g.getAttribute('aria-label')).toBe('band 0-0.2');
    expect(band()).toBeNull();
  });

  it('bandKeys() moves the band with arrows, resizes it with Shift, and picks it with Enter', () => {
    const { g, onPick, press, band } = setup();
    press('ArrowRight');
    expect(band()).toEqual([10, 40]);
    expect(g.getAttribute('aria-label')).toBe('band 0.05-0.25');
    press('ArrowRight', { shiftKey: true });
    press('ArrowRight', { shiftKey: true });
    expect(g.getAttribute('aria-label')).toBe('band 0.05-0.35');
    press('ArrowLeft', { shiftKey: true });
    press('Enter');
    press('Enter', { ctrlKey: true });
    expect(onPick.mock.calls).toEqual([['0.05..0.3', false], ['0.05..0.3', true]]);
  });

  it('bandKeys() keeps the band inside 0..1 and at least one step wide, and Escape hides it', () => {
    const { g, press, band } = setup();
    for (let i = 0; i < 3; i++) press('ArrowLeft');
    expect(g.getAttribute('aria-label')).toBe('band 0-0.2');
    for (let i = 0; i < 10; i++) press('ArrowLeft', { shiftKey: true });
    expect(g.getAttribute('aria-label')).toBe('band 0-0.05');
    for (let i = 0; i < 30; i++) press('ArrowRight');
    expect(g.getAttribute('aria-label')).toBe('band 0.95-1');
    expect(band()).toEqual([190, 10]);
    press('Escape');
    expect(band()).toBeNull();
  });
});
