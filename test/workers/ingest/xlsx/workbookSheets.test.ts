import { describe, expect, it } from 'vitest';
import { workbookSheets } from '../../../../workers/ingest/xlsx/workbookSheets';

const RELS = `<Relationships><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="t/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="t/styles" Target="styles.xml"/></Relationships>`;

describe('workbookSheets()', () => {
  it('workbookSheets() lists the sheets in order with their parts, relative and absolute targets', () => {
    const book = `<workbook xmlns:r="r"><workbookPr/><sheets><sheet name="订单 &amp; 退货" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/></sheets></workbook>`;
    expect(workbookSheets(book, RELS)).toEqual({
      sheets: [{ name: '订单 & 退货', path: 'xl/worksheets/sheet1.xml' }, { name: 'Notes', path: 'xl/worksheets/sheet2.xml' }],
      epoch1904: false,
    });
  });

  it('workbookSheets() reads the 1904 date system and any prefix of the relationship namespace', () => {
    const book = `<x:workbook xmlns:rel="r"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="S" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    expect(workbookSheets(book, RELS)).toEqual({ sheets: [{ name: 'S', path: 'xl/worksheets/sheet1.xml' }], epoch1904: true });
  });
});
