import { describe, expect, it } from 'vitest';
import { sheetRows, type SheetContext } from '../../../../workers/ingest/xlsx/sheetRows';

const ctx: SheetContext = { shared: ['客户', 'Mug, large'], dateStyles: [false, true], epoch1904: false };
const bytes = (s: string) => new TextEncoder().encode(s);

// Row 1: shared strings and an inline string; row 2 left out; row 3 sparse (A and D), a date,
// a date and time, a number as stored; row 4 boolean, error, formula string; row 5 self-closed.
const XML = `<worksheet><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>Rich </t></r><r><t>text &amp; more</t></r></is></c></row>
<row r="3" spans="1:4"><c r="A3" s="1"><v>45296</v></c><c r="B3" s="1"><v>45296.75</v></c><c r="D3"><v>19.990000000000002</v></c></row>
<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" t="str"><f>A1&amp;"x"</f><v>客户x</v></c><c r="D4" s="0"/></row>
<row r="5"/>
</sheetData></worksheet>`;

const EXPECTED = [
  ['客户', 'Mug, large', 'Rich text & more', ''],
  ['', '', '', ''],
  ['2024-01-05', '2024-01-05T18:00:00', '', '19.990000000000002'],
  ['TRUE', '#N/A', '客户x', ''],
];

describe('sheetRows()', () => {
  it('sheetRows() places cells by reference, keeps left-out rows empty, converts dates, drops empty rows at the end', () => {
    expect(sheetRows(bytes(XML), ctx)).toEqual(EXPECTED);
  });

  it('sheetRows() gives the same rows however the XML is cut into chunks (multi-byte characters split too)', () => {
    for (const size of [1, 2, 3, 7, 64, 100]) expect(sheetRows(bytes(XML), ctx, size)).toEqual(EXPECTED);
  });

  it('sheetRows() reads prefixed elements, cells without references, and the 1904 date system', () => {
    const xml = `<x:worksheet><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c s="1"><x:v>0</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(sheetRows(bytes(xml), { ...ctx, epoch1904: true })).toEqual([['a', '1904-01-01'], ['2', '']]);
  });

  it('sheetRows() reads 200,000 rows (the size that overflowed the stack of the reader used before)', () => {
    const n = 200_000;
    const rows = Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>C${i}</t></is></c><c r="B${i + 1}"><v>${i / 4}</v></c></row>`);
    const out = sheetRows(bytes(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`), ctx, 1 << 20);
    expect(out.length).toBe(n);
    expect(out[0]).toEqual(['C0', '0']);
    expect(out[123_457]).toEqual(['C123457', String(123_457 / 4)]);
    expect(out[n - 1]).toEqual([`C${n - 1}`, String((n - 1) / 4)]);
  });
});
