import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as charts from '../../../src/lib/charts/index';
import { makeDom } from './snapshot';

const document = makeDom().window.document;
type Render = (data: readonly never[], options: charts.ChartOptions) => SVGSVGElement;
// SAFETY: every render* export takes (data array, options) and returns an <svg>
const renderers = Object.entries(charts).filter(([name, v]) => name.startsWith('render') && typeof v === 'function') as unknown as [string, Render][];
const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'snapshots');

describe('index', () => {
  it('exports all 14 renderers', () => {
    expect(renderers.map(([name]) => name).sort()).toEqual([
      'renderClvDistribution', 'renderCohortHeatmap', 'renderHoldout', 'renderLayerCake', 'renderLiftMatrix',
      'renderLifecycle', 'renderMatrix2x2', 'renderPAlive', 'renderParetoBars', 'renderPyramid', 'renderRetentionCurves',
      'renderRfmGrid', 'renderStageFlow', 'renderLorenz',
    ].sort());
  });

  it.each(renderers)('%s() renders empty data as a titled chart with a message', (_, render) => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const svg = render([], { document, locale });
      expect(svg.getAttribute('data-empty')).toBe('true');
      expect(svg.querySelector('title')?.textContent).not.toBe('');
      expect(svg.outerHTML).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('every committed snapshot is clean: rounded geometry, no NaN, no live script', () => {
    const files = readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThanOrEqual(70);
    for (const file of files) {
      const svg = readFileSync(join(SNAPSHOTS, file), 'utf8');
      expect(svg, file).not.toMatch(/NaN|undefined|Infinity|<script/);
      expect(svg, file).not.toMatch(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height|d|transform)="[^"]*\d\.\d{3}/);
      expect(svg, file).toMatch(/^<svg [^>]*role="(?:img|figure)"[^>]*>\n  <title>[^<]+<\/title>\n  <desc>/);
    }
  });
});
