import createDOMPurify, { type DOMPurify } from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });
const prepared = new WeakSet<DOMPurify>();

// Only images the page itself holds (data:, blob:, or a path on our own origin) may load: a
// notebook from someone else must not make the page fetch from another origin (DESIGN.md).
const LOCAL_SRC = /^(data:image\/|blob:|\.{0,2}\/(?!\/)|[A-Za-z0-9_-][^:]*$)/;

function prepare(purify: DOMPurify): DOMPurify {
  if (prepared.has(purify)) return purify;
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!LOCAL_SRC.test(src)) node.removeAttribute('src');
      node.removeAttribute('srcset');
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  prepared.add(purify);
  return purify;
}

let browserPurify: DOMPurify | undefined;

/**
 * A markdown cell's text as sanitised HTML: marked (GitHub flavour), then DOMPurify, which
 * removes scripts, event handlers and javascript: URLs. Pass `purify` (DOMPurify over a JSDOM
 * window) outside a browser. The result is the one string the app renders as HTML.
 */
export function renderMarkdown(text: string, purify?: DOMPurify): string {
  const p = purify ?? (browserPurify ??= createDOMPurify(window));
  // SAFETY: async: false is set on this Marked instance, so parse returns a string.
  const html = marked.parse(text) as string;
  return prepare(p).sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'], USE_PROFILES: { html: true } });
}
