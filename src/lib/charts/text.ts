/**
 * Text measurement without layout: Node has no font metrics, so widths are estimated from the
 * characters (CJK and full-width forms 1 em, capitals 0.68 em, others 0.6 em). The estimate
 * errs wide, so a label that fits here fits on screen.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/[A-Z@#%&MW]/.test(ch)) return 0.68;
  if (/[il.,:;'|!1 ]/.test(ch)) return 0.32;
  return 0.6;
}

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** `text` cut to fit `maxWidth` with an ellipsis; unchanged when it fits. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const limit = maxWidth - textWidth('…', fontSize);
  let out = '';
  let w = 0;
  for (const ch of text) {
    w += charWidth(ch) * fontSize;
    if (w > limit) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}

/**
 * Greedy line breaking: words for Latin text, single characters for CJK. At most `maxLines`
 * lines; the last one is truncated when the text is longer.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const tokens = text.match(/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).reduce((a, b) => a + (WIDE.test(a.slice(-1)) ? '' : ' ') + b);
  kept[maxLines - 1] = truncate(rest + '…', maxWidth, fontSize);
  return kept;
}
