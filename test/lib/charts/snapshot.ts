import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'snapshots');

/** A fresh JSDOM window; pass `dom.window.document` as the chart's `document` option. */
export function makeDom(): JSDOM {
  return new JSDOM('<!doctype html><html><body></body></html>');
}

/** Long labels that every chart must survive. */
export const LONG_ZH = '华东大区上海市浦东新区陆家嘴金融贸易区旗舰店会员专属高端定制礼盒系列';
export const LONG_EN = 'Extraordinarily long product name that goes on and on: limited edition deluxe gift box';
export const SCRIPT = '<script>alert(1)</script>';

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

/** Serialises a DOM tree as indented XML, one element a line, so snapshot diffs are readable. */
export function serialize(node: Node, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (node.nodeType === 3) return pad + escText(node.textContent ?? '');
  // SAFETY: chart output holds only elements and text nodes
  const el = node as Element;
  const attrs = Array.from(el.attributes).map((a) => ` ${a.name}="${escAttr(a.value)}"`).join('');
  const kids = Array.from(el.childNodes).filter((n) => n.nodeType === 1 || (n.textContent ?? '') !== '');
  if (kids.length === 0) return `${pad}<${el.tagName}${attrs}/>`;
  if (kids.every((n) => n.nodeType === 3)) {
    return `${pad}<${el.tagName}${attrs}>${escText(el.textContent ?? '')}</${el.tagName}>`;
  }
  const inner = kids.map((n) => serialize(n, depth + 1)).join('\n');
  return `${pad}<${el.tagName}${attrs}>\n${inner}\n${pad}</${el.tagName}>`;
}

/**
 * Compares `svg` with `snapshots/<name>.svg`; writes the file when it is missing or when
 * SNAPSHOT_UPDATE=1 is set (then review the diff before committing).
 */
export function expectSnapshot(svg: Element, name: string): void {
  const file = join(SNAPSHOTS, `${name}.svg`);
  const actual = serialize(svg) + '\n';
  // In CI a missing snapshot is a failure: it means one was never committed, not a new case.
  if (!existsSync(file) && process.env.CI) throw new Error(`snapshot ${name}.svg is missing: run the tests locally and commit it`);
  if (!existsSync(file) || process.env.SNAPSHOT_UPDATE === '1') {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `snapshot ${name}.svg differs (SNAPSHOT_UPDATE=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
}

/** Text of every `<text>` (own text nodes, not tooltips) in document order. */
export function texts(svg: Element): string[] {
  return Array.from(svg.querySelectorAll('text, tspan'))
    .map((el) => Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''))
    .filter((s) => s !== '');
}

/** The data-key of every mark, in document order. */
export function keys(svg: Element): string[] {
  return Array.from(svg.querySelectorAll('[data-key]')).map((el) => el.getAttribute('data-key') ?? '');
}

/**
 * A mouse drag as the browser sends it: press on `el`, move and release on the window. JSDOM
 * has no layout, so client coordinates are the brush's own coordinates.
 */
export function drag(dom: JSDOM, el: Element, from: [number, number], to: [number, number], shiftKey = false): void {
  // SAFETY: JSDOM's window is the window its events belong to; its type only differs from the DOM lib's.
  const view = dom.window as unknown as Window;
  const at = ([clientX, clientY]: [number, number]) => ({ bubbles: true, view, clientX, clientY, shiftKey });
  el.dispatchEvent(new dom.window.MouseEvent('mousedown', at(from)));
  dom.window.dispatchEvent(new dom.window.MouseEvent('mousemove', at(to)));
  dom.window.dispatchEvent(new dom.window.MouseEvent('mouseup', at(to)));
}
