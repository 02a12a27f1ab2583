const SPACE = 32;

/**
 * `f` without the U+0020 spaces around it (tabs and other white space stay: `\t=1+2` is data).
 * Returns `f` itself when there is nothing to strip, the common case, so no string is made.
 */
export function trimSpaces(f: string): string {
  const n = f.length;
  if (n === 0 || (f.charCodeAt(0) !== SPACE && f.charCodeAt(n - 1) !== SPACE)) return f;
  let a = 0, b = n;
  while (a < b && f.charCodeAt(a) === SPACE) a++;
  while (b > a && f.charCodeAt(b - 1) === SPACE) b--;
  return f.slice(a, b);
}
