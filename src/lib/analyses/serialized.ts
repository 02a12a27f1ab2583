/**
 * `fn` made to run one call at a time: a call starts once every earlier call has settled
 * (resolved or rejected), in the order they were made. For loaders whose sliced builds use fixed
 * work-table names: two loads interleaved statement by statement in the worker (a reload asked
 * for while one runs, such as a CLV fit ending) would overwrite each other's tables.
 */
export function serialized<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args: A) => {
    const run = last.then(() => fn(...args), () => fn(...args));
    last = run.catch(() => undefined);
    return run;
  };
}
