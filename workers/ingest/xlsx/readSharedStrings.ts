import { xmlUnescape } from './xmlUnescape';

/**
 * The shared-string table (xl/sharedStrings.xml) in order: each `<si>` is plain (`<t>`) or rich
 * text (runs `<r><t>`), whose pieces join; phonetic guides (`<rPh>`, furigana) are not text.
 */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<(\/?)(?:\w+:)?(si|t|rPh)\b[^>]*?(\/?)>/g;
  let inSi = false;
  let phonetic = 0;
  let text = '';
  let from = -1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, close, tag, selfClose] = m;
    if (tag === 'si') {
      if (!close && !selfClose) (inSi = true), (text = '');
      else if (!close && selfClose) out.push('');
      else if (close && inSi) (out.push(text), (inSi = false));
    } else if (tag === 'rPh') {
      if (!selfClose) phonetic += close ? -1 : 1;
    } else if (!close && !selfClose) from = re.lastIndex;
    else if (close && from >= 0) {
      if (inSi && phonetic === 0) text += xmlUnescape(xml.slice(from, m.index));
      from = -1;
    }
  }
  return out;
}
