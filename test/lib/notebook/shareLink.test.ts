import { describe, expect, it } from 'vitest';
import { decodeShareLink, encodeShareLink, MAX_SHARE_LENGTH, shareLinkFits } from '../../../src/lib/notebook/shareLink';
import { overviewNotebook } from '../../../src/lib/notebook/overviewNotebook';
import { sampleNotebook } from './sampleNotebook';

const base64url = (bytes: Uint8Array): string =>
  Buffer.from(bytes).toString('base64').replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('share links', () => {
  it('encodeShareLink() output decodes to the same notebook with decodeShareLink()', async () => {
    const nb = sampleNotebook();
    const hash = await encodeShareLink(nb);
    expect(hash).toMatch(/^#nb=[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(hash)).toEqual({ notebook: nb, clientView: false });
  });

  it('encodeShareLink() adds the client-view flag and decodeShareLink() reads it from a whole URL', async () => {
    const hash = await encodeShareLink(overviewNotebook('zh-CN'), { clientView: true });
    expect(hash.endsWith('&view=client')).toBe(true);
    const { notebook, clientView } = await decodeShareLink(`https://host.example/app/${hash}`);
    expect(clientView).toBe(true);
    expect(notebook).toEqual(overviewNotebook('zh-CN'));
  });

  it('encodeShareLink() carries notebook structure only, never rows', async () => {
    const nb = { ...sampleNotebook(), data: [{ customer_id: 'C000123', amount: 9 }] };
    Object.assign(nb.cells[1], { rows: [['C000456', 1]] });
    Object.assign(nb.sources[0], { preview: [['C000789']] });
    const hash = await encodeShareLink(nb);
    const json = new TextDecoder().decode(
      new Uint8Array(await new Response(new Blob([Buffer.from(hash.slice(4), 'base64url')]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer()),
    );
    expect(json).not.toMatch(/C000123|C000456|C000789/);
    expect((await decodeShareLink(hash)).notebook).toEqual(sampleNotebook());
  });

  it('shareLinkFits() accepts the overview notebook and refuses links over MAX_SHARE_LENGTH', async () => {
    expect(shareLinkFits(`https://host.example/${await encodeShareLink(overviewNotebook('en'))}`)).toBe(true);
    expect(shareLinkFits('x'.repeat(MAX_SHARE_LENGTH))).toBe(true);
    expect(shareLinkFits('x'.repeat(MAX_SHARE_LENGTH + 1))).toBe(false);
  });

  it('decodeShareLink() refuses a damaged, empty or oversized link with a clear message', async () => {
    await expect(decodeShareLink('#view=client')).rejects.toThrow('share link: no notebook in the link (expected #nb=...)');
    await expect(decodeShareLink('#nb=abc$def')).rejects.toThrow('share link: the notebook part is damaged (not base64url)');
    await expect(decodeShareLink('#nb=AAAAAAAAAAAA')).rejects.toThrow('share link: the notebook part is damaged');
    await expect(decodeShareLink(`#nb=${base64url(await deflate('not json'))}`)).rejects.toThrow('(not JSON)');
    const bomb = base64url(await deflate(' '.repeat(3_000_000)));
    expect(bomb.length).toBeLessThan(MAX_SHARE_LENGTH);
    await expect(decodeShareLink(`#nb=${bomb}`)).rejects.toThrow('share link: the notebook is larger than 2000000 bytes');
  });

  it('decodeShareLink() validates the notebook like a file', async () => {
    const text = JSON.stringify({ ...sampleNotebook(), cells: [{ id: 'x', kind: 'sql', name: 'select', sql: 'SELECT 1' }] });
    await expect(decodeShareLink(`#nb=${base64url(await deflate(text))}`)).rejects.toThrow('cells[0].name: invalid name: "select"');
  });
});
