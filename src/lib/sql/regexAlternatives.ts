/** Alternatives past this many are left to the regex engine. */
const MAX_ALTERNATIVES = 64;
/** Characters with a meaning in RE2 outside a class: a pattern holding one is not expanded. */
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);

/**
 * Every string a whole-value regex made only of literal characters and simple classes (`[1-2]`,
 * `[abc]`, `[3-45]`) matches, or null when the pattern has anything else (alternation,
 * repetition, escapes, a negated class) or more than 64 such strings. `[1-2][3-4]` gives
 * 13, 14, 23, 24. Full match against the pattern and membership in the list are then the same
 * test, and an IN list of a few strings is cheaper than a regex call per customer (segment map B
 * runs up to ten of them on each customer's "RF" text).
 */
export function regexAlternatives(pattern: string): string[] | null {
  let out = [''];
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    let options: string[];
    if (chars[i] === '[') {
      const end = chars.indexOf(']', i + 1);
      if (end < 0) return null;
      const body = chars.slice(i + 1, end);
      if (body.length === 0 || body[0] === '^') return null;
      options = [];
      for (let k = 0; k < body.length; k++) {
        if (SPECIAL.has(body[k]) || body[k] === '-') return null;
        if (body[k + 1] === '-' && k + 2 < body.length) {
          const lo = body[k].codePointAt(0)!, hi = body[k + 2].codePointAt(0)!;
          if (SPECIAL.has(body[k + 2]) || hi < lo || hi - lo >= MAX_ALTERNATIVES) return null;
          for (let c = lo; c <= hi; c++) options.push(String.fromCodePoint(c));
          k += 2;
        } else options.push(body[k]);
      }
      i = end;
    } else if (SPECIAL.has(chars[i])) {
      return null;
    } else options = [chars[i]];
    const unique = [...new Set(options)];
    if (out.length * unique.length > MAX_ALTERNATIVES) return null;
    out = out.flatMap((prefix) => unique.map((o) => prefix + o));
  }
  return out;
}
