/**
 * Race `work` against a timer. The work itself is not stopped (a page.evaluate cannot be
 * cancelled); the caller closes the page or database afterwards, which is what ends it.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  // Once the timer has won, a later rejection of `work` has no one left to hear it; without this
  // it would surface as an unhandled rejection and end the whole bench.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
