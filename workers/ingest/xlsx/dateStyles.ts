import { xmlAttr } from './xmlAttr';

/** Built-in number formats that show a date or time, including the Chinese, Japanese and Korean ones (27-36, 50-58). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

/** Whether a custom format code shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * For each cell style (index = a cell's `s` attribute, the order of `<cellXfs>`), whether its
 * number format is a date: Excel stores dates as serial numbers and only the style says so.
 */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const id = xmlAttr(m[1]!, 'numFmtId');
    const code = xmlAttr(m[1]!, 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!xfs) return [];
  const out: boolean[] = [];
  for (const m of xfs[1]!.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(xmlAttr(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id));
  }
  return out;
}
