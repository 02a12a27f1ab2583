import { describe, expect, it } from 'vitest';
import { dropTimeline } from '../../bench/dropTimeline';

describe('dropTimeline', () => {
  it('dropTimeline() names each stretch by the mark that ends it, in page order, skipping missing marks', () => {
    const marks = { painted: 900, imported: 400, sniffed: 20, confirmed: 30, confirm: 31, prepared: 700, overview: 800, drawn: 880 };
    expect(dropTimeline(marks)).toBe('sniff (mapping proposal) 20, panel shown 10, confirm handler 1, engine.import 369, prepareOverview 300, overview(null) incl. waits 100, charts to DOM 80, to next frame 20');
    expect(dropTimeline({ sniffed: 10.4, painted: 50 })).toBe('sniff (mapping proposal) 10, to next frame 40');
    expect(dropTimeline({})).toBe('');
  });
});
