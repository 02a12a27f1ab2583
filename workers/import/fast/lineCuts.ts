import { readBytes } from '../readBytes';

/** A line longer than this cannot pass scanCsvBytes (it refuses lines over 1 MiB). */
const MAX_LINE = 1 << 20;
/** Bytes looked at per try when searching for the next line break. */
const WINDOW = 64 * 1024;

/**
 * Byte offsets that cut `file` into pieces of whole physical lines about `chunkBytes` each (the
 * first 0, the last the file's size), found without reading the file: each cut is just after the
 * first line feed at or past `chunkBytes - 1` bytes from the previous cut. They are line starts,
 * and so record starts once scanCsvBytes has proved one record per line; that proof may come
 * after the pieces were read (fastImport reads while the scan runs aside). Where no line feed
 * follows within 1 MiB the rest stays one piece: such a line fails the scan anyway.
 */
export async function lineCuts(file: Blob, chunkBytes: number): Promise<number[]> {
  const cuts = [0];
  for (let from = chunkBytes - 1; from < file.size; ) {
    let cut = -1;
    const limit = Math.min(file.size, from + MAX_LINE + 1);
    for (let at = from; cut < 0 && at < limit; at += WINDOW) {
      const i = (await readBytes(file, at, Math.min(at + WINDOW, limit))).indexOf(10);
      if (i >= 0) cut = at + i + 1;
    }
    if (cut < 0 || cut >= file.size) break;
    cuts.push(cut);
    from = cut + chunkBytes - 1;
  }
  cuts.push(file.size);
  return cuts;
}
