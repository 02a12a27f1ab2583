import { describe, expect, it } from 'vitest';
import { piecesAhead } from '../../../../workers/import/fast/piecesAhead';

/** A Blob that records which byte ranges were sliced from it, in order. */
function recordingBlob(text: string): { blob: Blob; sliced: number[] } {
  const real = new Blob([text]);
  const sliced: number[] = [];
  const blob = {
    size: real.size,
    slice: (start: number, end: number) => {
      sliced.push(start);
      return real.slice(start, end);
    },
  };
  // SAFETY: piecesAhead (and readBytes under it) only use size and slice().
  return { blob: blob as unknown as Blob, sliced };
}

describe('piecesAhead', () => {
  it('piecesAhead() gives every piece between the cuts, in order, as bytes', async () => {
    const text = 'a,b\n1,2\n3,4\n5,6\n';
    const out: string[] = [];
    for await (const piece of piecesAhead(new Blob([text]), [0, 4, 12, 16], 100)) {
      expect(piece).toBeInstanceOf(Uint8Array);
      out.push(new TextDecoder().decode(piece as Uint8Array));
    }
    expect(out).toEqual(['a,b\n', '1,2\n3,4\n', '5,6\n']);
  });

  it('piecesAhead() starts reading the next piece before the caller is done with this one', async () => {
    const { blob, sliced } = recordingBlob('0123456789');
    const seen: number[][] = [];
    for await (const piece of piecesAhead(blob, [0, 3, 6, 10], 100)) {
      seen.push([(piece as Uint8Array).length, ...sliced]);
    }
    // Holding piece 0, the read of piece 1 has begun; holding the last, nothing more is read.
    expect(seen).toEqual([[3, 0, 3], [3, 0, 3, 6], [4, 0, 3, 6]]);
  });

  it('piecesAhead() hands a piece over maxBytes as an unread Blob slice of the right bytes', async () => {
    const pieces: (Uint8Array | Blob)[] = [];
    for await (const piece of piecesAhead(new Blob(['aa\nbbbbbbbb\ncc\n']), [0, 3, 12, 15], 4)) pieces.push(piece);
    expect(pieces.map((p) => p instanceof Uint8Array)).toEqual([true, false, true]);
    expect(await (pieces[1] as Blob).text()).toBe('bbbbbbbb\n');
  });

  it('piecesAhead() gives nothing for a file with no pieces', async () => {
    const pieces: unknown[] = [];
    for await (const piece of piecesAhead(new Blob([]), [0], 10)) pieces.push(piece);
    expect(pieces).toEqual([]);
  });
});
