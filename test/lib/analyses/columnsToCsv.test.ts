import { describe, it, expect } from 'vitest';
import { columnsToCsv } from '../../../src/lib/analyses/columnsToCsv';

describe('columnsToCsv()', () => {
  it('writes a header and one CRLF line per row, after a UTF-8 BOM', () => {
    const csv = columnsToCsv(['customer_id', 'r', 'monetary'], [['C1', 'C2'], [5, 1], [12.5, 3]]);
    expect(csv).toBe('\uFEFFcustomer_id,r,monetary\r\nC1,5,12.5\r\nC2,1,3\r\n');
  });

  it('neutralises text cells that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const ids = ['=C1307', '@C1310', '+44 20', '-Minus', '\t=1+2', '\r=1', 'C0001'];
    const csv = columnsToCsv(['customer_id', 'monetary'], [ids, [-12.5, 1, 2, 3, 4, 5, 6]], { bom: false });
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe("'=C1307,-12.5");
    expect(lines[2]).toBe("'@C1310,1");
    expect(lines[3]).toBe("'+44 20,2");
    expect(lines[4]).toBe("'-Minus,3");
    expect(lines[5]).toBe("'\t=1+2,4");
    expect(lines[6]).toBe(`"'\r=1",5`);
    // ids keep their exact text: leading zeros stay
    expect(lines[7]).toBe('C0001,6');
    for (const line of lines.slice(1, 6)) expect(line).not.toMatch(/^[=+\-@\t]/);
  });

  it('quotes cells holding commas, quotes or line breaks, and writes null as empty', () => {
    const csv = columnsToCsv(['a', 'b'], [['x,y', 'say "hi"'], [null, 'line\nbreak']], { bom: false });
    expect(csv).toBe('a,b\r\n"x,y",\r\n"say ""hi""","line\nbreak"\r\n');
  });

  it('writes only the header for an empty selection', () => {
    expect(columnsToCsv(['a'], [[]], { bom: false })).toBe('a\r\n');
  });

  it('refuses a header that does not match the columns', () => {
    expect(() => columnsToCsv(['a', 'b'], [[1]])).toThrow('csv: 2 header names and 1 columns');
  });
});
