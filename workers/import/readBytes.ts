/** Read bytes [start, end) of a Blob or File; works in workers, the main thread and Node 20. */
export async function readBytes(file: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, Math.min(end, file.size)).arrayBuffer());
}
