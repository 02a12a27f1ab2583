import { describe, expect, it } from 'vitest';
import { sniff } from '../../../../workers/ingest/sniff';
import { fastImportEligible } from '../../../../workers/import/fast/fastImportEligible';

const check = (text: string, options = {}) => {
  const head = new TextEncoder().encode(text);
  return fastImportEligible(sniff(head, options, 'f.csv'), options, head);
};
const ROWS = 'customer_id,order_date,amount\nC1,2024-01-05,12.50\nC2,2024-01-06,3\n';

describe('fastImportEligible', () => {
  it('takes UTF-8 files with a header, ISO dates and plain amounts', () => {
    expect(check(ROWS)).toBe(true);
    expect(check('\uFEFF' + ROWS.replaceAll(',', ';'))).toBe(true);
  });

  it('says why it does not take the others', () => {
    expect(check('C1,2024-01-05,12.50\nC2,2024-01-06,3\n')).toMatch(/header/);
    expect(check('sep=;\n' + ROWS.replaceAll(',', ';'))).toMatch(/line 2/);
    expect(check(ROWS.replace('2024-01-05', '05/01/2024'))).toMatch(/dates/);
    expect(check(ROWS.replace('12.50', '$12.50'))).toMatch(/numbers/);
    expect(check(ROWS, { decimalComma: true })).toMatch(/decimal comma/);
    expect(check(ROWS, { encoding: 'windows-1252' })).toMatch(/encoding/);
    expect(check(ROWS, { mapping: { customer_id: 'attribute' } })).toMatch(/customer id/);
    expect(check('customer_id amount\nC1 12\nC2 13\nC3 14\n')).toMatch(/delimiter/);
  });
});
