import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src/lib/app/notebook/renderMarkdown';

const window = new JSDOM('<!doctype html><html><body></body></html>').window;
// SAFETY: JSDOM's window provides the DOM DOMPurify needs.
const purify = createDOMPurify(window as unknown as Window & typeof globalThis);
const html = (md: string) => renderMarkdown(md, purify);
const dom = (md: string) => {
  const div = window.document.createElement('div');
  div.innerHTML = html(md);
  return div;
};

describe('renderMarkdown', () => {
  it('renderMarkdown() renders GitHub-flavoured markdown: headings, emphasis, tables, lists', () => {
    const d = dom('# Title\n\n**bold** and *it*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- x\n- y');
    expect(d.querySelector('h1')?.textContent).toBe('Title');
    expect(d.querySelector('strong')?.textContent).toBe('bold');
    expect(d.querySelectorAll('td')).toHaveLength(2);
    expect(d.querySelectorAll('li')).toHaveLength(2);
  });

  it('renderMarkdown() removes scripts, event handlers and javascript: links', () => {
    const d = dom('hello <script>window.x = 1</script>\n\n<img src=x onerror="alert(1)">\n\n[link](javascript:alert(1))\n\n<iframe src="https://evil.example"></iframe><svg onload=alert(1)></svg>');
    expect(d.querySelectorAll('script, iframe').length).toBe(0);
    expect(d.innerHTML).not.toMatch(/onerror|onload|javascript:/i);
    expect(d.textContent).toContain('hello');
  });

  it('renderMarkdown() keeps images local: a remote src is dropped so nothing is fetched from another origin', () => {
    const d = dom('![a](https://tracker.example/p.png) ![b](//cdn.example/x.png) ![c](images/local.png) ![d](data:image/png;base64,AAAA)');
    const srcs = [...d.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toEqual([null, null, 'images/local.png', 'data:image/png;base64,AAAA']);
  });

  it('renderMarkdown() makes links open apart, without a referrer', () => {
    const a = dom('[docs](https://duckdb.org)').querySelector('a');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a?.getAttribute('target')).toBe('_blank');
  });
});
