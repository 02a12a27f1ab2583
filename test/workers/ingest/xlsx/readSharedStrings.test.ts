import { describe, expect, it } from 'vitest';
import { readSharedStrings } from '../../../../workers/ingest/xlsx/readSharedStrings';

describe('readSharedStrings()', () => {
  it('readSharedStrings() reads plain and rich text in order, joins runs, skips phonetic guides', () => {
    const xml = `<?xml version="1.0"?><sst xmlns="x" count="5" uniqueCount="5">
<si><t>客户编号</t></si>
<si><r><rPr><b/></rPr><t xml:space="preserve">Big </t></r><r><t>Spender</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t/></si>
<si><t>A &amp; B_x000D_</t></si>
</sst>`;
    expect(readSharedStrings(xml)).toEqual(['客户编号', 'Big Spender', '東京', '', 'A & B\r']);
  });

  it('readSharedStrings() reads prefixed elements and gives nothing for no table', () => {
    expect(readSharedStrings('<x:sst><x:si><x:t>a</x:t></x:si><x:si><x:t>b</x:t></x:si></x:sst>')).toEqual(['a', 'b']);
    expect(readSharedStrings('')).toEqual([]);
  });
});
