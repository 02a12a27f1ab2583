import { describe, expect, it, vi } from 'vitest';
import { renderRetentionCurves } from '../../../src/lib/charts/renderRetentionCurves';
import { triangle } from './fixtures';
import { expectSnapshot, keys, LONG_ZH, makeDom, SCRIPT, texts } from './snapshot';

const dom = makeDom();
const document = dom.window.document;

describe('renderRetentionCurves', () => {
  it('renderRetentionCurves() draws one line per cohort and the average', () => {
    const svg = renderRetentionCurves(triangle(10), { document });
    expect(keys(svg)).toHaveLength(9);
    expect(svg.querySelectorAll('path.sb-average')).toHaveLength(1);
    expect(svg.querySelector('desc')?.textContent).toBe('Across cohorts, retention is 33% after 1 period and 5.5% after 9 months');
    expectSnapshot(svg, 'retention-curves-typical');
  });

  it('renderRetentionCurves() speaks Chinese', () => {
    const svg = renderRetentionCurves(triangle(6), { document, locale: 'zh-CN' });
    expect(texts(svg)).toContain('平均');
    expectSnapshot(svg, 'retention-curves-zh');
  });

  it('renderRetentionCurves() says there is no data for no rows or period 0 only', () => {
    expect(texts(renderRetentionCurves([], { document }))).toContain('No data to show');
    const svg = renderRetentionCurves([{ cohort: '2024-01', period: 0, customers: 1, rate: 1, revenue: 5 }], { document });
    expect(svg.getAttribute('data-empty')).toBe('true');
    expectSnapshot(svg, 'retention-curves-one-customer');
  });

  it('renderRetentionCurves() keeps long and hostile cohort names as text', () => {
    const rows = triangle(3).map((r) => ({ ...r, cohort: r.cohort === '2024-01' ? SCRIPT : r.cohort === '2024-02' ? LONG_ZH : r.cohort }));
    const svg = renderRetentionCurves(rows, { document, width: 360, height: 260 });
    expect(svg.querySelector('script')).toBeNull();
    expect(keys(svg)).toContain(SCRIPT);
    expectSnapshot(svg, 'retention-curves-long-labels');
  });

  it('renderRetentionCurves() thickens the selected cohort', () => {
    const onSelect = vi.fn();
    const svg = renderRetentionCurves(triangle(6), { document, selected: ['2024-03'], onSelect });
    expect(svg.querySelector('[data-key="2024-03"]')?.getAttribute('stroke-width')).toBe('3.5');
    expect(svg.querySelectorAll('path[opacity="0.3"]')).toHaveLength(4);
    svg.querySelector('[data-key="2024-03"]')?.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith(null, false);
    expectSnapshot(svg, 'retention-curves-selected');
  });
});
