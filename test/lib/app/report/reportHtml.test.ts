import { describe, it, expect } from 'vitest';
import { reportHtml } from '../../../../src/lib/app/report/reportHtml';
import { suppressSmall } from '../../../../src/lib/app/report/suppressSmall';
import type { ReportInput } from '../../../../src/lib/app/report/ReportInput';

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  lang: 'en',
  title: 'Report <script>alert(1)</script>',
  subtitle: 'Data: "shop".csv',
  facts: [['Customers', '5,000']],
  charts: [{ title: 'Pyramid', svg: '<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>' }],
  tables: [{ title: 'Tiers', columns: ['Tier', 'Customers'], numeric: [false, true], rows: [['<b>Key</b>', '< 5']] }],
  commentary: ['<p>Sanitised</p>'],
  footer: 'Aggregates only',
  ...over,
});

describe('reportHtml', () => {
  it('reportHtml() escapes every text it is given and holds no script', () => {
    const html = reportHtml(input());
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Report &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<td>&lt;b&gt;Key&lt;/b&gt;</td>');
    expect(html).toContain('<td class="n">&lt; 5</td>');
  });

  it('reportHtml() forbids every request with its own Content-Security-Policy', () => {
    const html = reportHtml(input());
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/\b(src|href)=["']?https?:/i);
  });

  it('reportHtml() inlines the charts and the commentary', () => {
    const html = reportHtml(input());
    expect(html).toContain('<figure aria-label="Pyramid"><svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg></figure>');
    expect(html).toContain('<section class="commentary"><p>Sanitised</p></section>');
  });
});

describe('suppressSmall', () => {
  it('suppressSmall() hides counts from 1 to k-1 and keeps 0 and k', () => {
    const f = (n: number) => String(n);
    expect([0, 1, 4, 5, 6].map((n) => suppressSmall(n, 5, f))).toEqual(['0', '< 5', '< 5', '5', '6']);
  });
  it('suppressSmall() refuses a k that is not a whole number of at least 1', () => {
    expect(() => suppressSmall(3, 0, String)).toThrow('invalid k: 0 (expected a whole number >= 1)');
  });
});
