const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML text as the characters it stands for: the five named entities, numeric references, and
 * Excel's own `_xHHHH_` escapes for characters XML cannot hold (`_x000D_` is a carriage return,
 * `_x005F_` a literal underscore before an `x`).
 * https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.text
 */
export function xmlUnescape(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
      if (e[0] !== '#') return NAMED[e] ?? m;
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  }
  if (s.indexOf('_x') >= 0) s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}
