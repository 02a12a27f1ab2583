import type { Loaded } from './types';

/**
 * Put a view into its loading state, then into the answer or the error, unless a later request
 * has started meanwhile (`isCurrent`, from latest()): the view shows only the last answer.
 */
export function runLoad<T>(
  isCurrent: () => boolean,
  work: () => Promise<T>,
  set: (state: Loaded<T>) => void,
  message: (error: unknown) => string,
): Promise<void> {
  set({ status: 'loading' });
  let p: Promise<T>;
  try {
    p = work();
  } catch (e) {
    p = Promise.reject(e);
  }
  return p.then(
    (data) => void (isCurrent() && set({ status: 'ready', data })),
    (e) => void (isCurrent() && set({ status: 'error', message: message(e) })),
  );
}
