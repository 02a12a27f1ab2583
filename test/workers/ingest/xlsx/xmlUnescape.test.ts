import { describe, expect, it } from 'vitest';
import { xmlUnescape } from '../../../../workers/ingest/xlsx/xmlUnescape';

describe('xmlUnescape()', () => {
  it('xmlUnescape() decodes named and numeric entities and Excel\'s _xHHHH_ escapes', () => {
    expect(xmlUnescape('A&amp;B &lt;tag&gt; &quot;q&quot; &apos;s&apos;')).toBe('A&B <tag> "q" \'s\'');
    expect(xmlUnescape('&#20013;&#x6587; &#x1F600;')).toBe('中文 😀');
    expect(xmlUnescape('line_x000D_break _x005F_x0041_')).toBe('line\rbreak _x0041_');
  });

  it('xmlUnescape() leaves text without escapes, and unknown entities, as they are', () => {
    expect(xmlUnescape('plain 客户 text')).toBe('plain 客户 text');
    expect(xmlUnescape('&nbsp; &#xFFFFFFF;')).toBe('&nbsp; &#xFFFFFFF;');
  });
});
