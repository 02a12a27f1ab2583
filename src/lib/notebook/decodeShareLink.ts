import { notebookFromValue } from './notebookFromValue';
import type { Notebook } from './types';

// A link of 8,000 characters inflates to well under this; more is a crafted link (a zip bomb).
const MAX_JSON_BYTES = 2_000_000;

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('share link: the notebook part is damaged (not base64url)');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_JSON_BYTES) {
        await reader.cancel();
        throw new Error(`share link: the notebook is larger than ${MAX_JSON_BYTES} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('share link:')) throw e;
    throw new Error('share link: the notebook part is damaged (cannot be decompressed)');
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(all);
}

/**
 * Read a share link's fragment (`#nb=...&view=client`, with or without `#`, or a whole URL):
 * the notebook, validated like a file, and whether to open the client view.
 */
export async function decodeShareLink(hash: string): Promise<{ notebook: Notebook; clientView: boolean }> {
  const fragment = hash.includes('#') ? hash.slice(hash.indexOf('#') + 1) : hash;
  const params = new URLSearchParams(fragment);
  const data = params.get('nb');
  if (data === null || data === '') throw new Error('share link: no notebook in the link (expected #nb=...)');
  const json = await inflate(fromBase64url(data));
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('share link: the notebook part is damaged (not JSON)');
  }
  return { notebook: notebookFromValue(value), clientView: params.get('view') === 'client' };
}
