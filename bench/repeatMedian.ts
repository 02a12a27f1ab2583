import { median } from './median';

/** Run a timed step `times` times in a row and return the median of its timings. */
export async function repeatMedian(times: number, run: () => Promise<number>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) ms.push(await run());
  return median(ms);
}
