import { describe, expect, it } from 'vitest';
import { dateStyles } from '../../../../workers/ingest/xlsx/dateStyles';

describe('dateStyles()', () => {
  it('dateStyles() marks the cell styles whose number format is a date: built-in (also the Chinese ones) and custom', () => {
    const xml = `<styleSheet><numFmts count="4">
<numFmt numFmtId="164" formatCode="yyyy/mm/dd"/>
<numFmt numFmtId="165" formatCode="0.00;[Red]\\-0.00"/>
<numFmt numFmtId="166" formatCode="&quot;Day &quot;0"/>
<numFmt numFmtId="167" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
</numFmts><cellXfs count="8">
<xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="31"/><xf numFmtId="164"><alignment/></xf>
<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="4"/>
</cellXfs></styleSheet>`;
    expect(dateStyles(xml)).toEqual([false, true, true, true, false, false, true, false]);
  });

  it('dateStyles() gives no date styles for a workbook without styles', () => {
    expect(dateStyles('')).toEqual([]);
  });
});
