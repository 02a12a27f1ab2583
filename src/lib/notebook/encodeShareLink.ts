import { notebookFromValue } from './notebookFromValue';
import type { Notebook } from './types';

/** Options of encodeShareLink. */
export interface ShareLinkOptions {
  /** Open the notebook read-only, as a presentation (issue 7, "client view"). */
  clientView?: boolean;
}

/** RFC 4648 base64url without padding: safe in a URL fragment as is. */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode under the engines' argument limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The URL fragment that carries a notebook: `#nb=<base64url(deflate-raw(json))>`, plus
 * `&view=client` for the client view. A fragment never reaches the host's logs. Only notebook
 * structure is encoded (cells, parameters, sources' roles and options), never rows: the
 * notebook is rebuilt from its known fields first. Check the length with shareLinkFits.
 */
export async function encodeShareLink(nb: Notebook, opts: ShareLinkOptions = {}): Promise<string> {
  const json = JSON.stringify(notebookFromValue(nb));
  const stream = new Blob([new TextEncoder().encode(json)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  return `#nb=${base64url(packed)}${opts.clientView ? '&view=client' : ''}`;
}
