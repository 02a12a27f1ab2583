import { select } from 'd3';
import { axisTitle } from './axes';
import { createFrame, emptyChart, finish } from './frame';
import { stepLegend } from './legend';
import { addBrush } from './brush';
import { keysInRect } from './keysInRect';
import { bindMarks, markState, selectedStroke } from './marks';
import { heat, MUTED } from './palette';
import type { RetentionRow } from './retention';
import { textWidth, truncate } from './text';
import { cohortValues } from './cohortValues';
import { cohortLayouts } from './cohortLayouts';
import type { ChartOptions } from './types';

export type { RetentionRow } from './retention';

/** Options of the cohort charts. */
export interface CohortOptions extends ChartOptions {
  /** Length of a period (default month), as in CONTRACT.md `cohorts.period`. */
  period?: 'month' | 'week' | 'quarter';
}

/**
 * The retention triangle: one row per cohort (oldest on top), one column per period since the
 * first order, the rate printed in each cell, a single-hue scale (darkest = the highest rate
 * after period 0). Marks: every cell and the row label carry `data-key="<cohort>"`; row labels
 * are the keyboard targets. With `onBrush`, a drag across rows selects those cohorts.
 */
export function renderCohortHeatmap(retention: readonly RetentionRow[], options: CohortOptions = {}): SVGSVGElement {
  const v = cohortValues(retention, options);
  const { ctx, series, names, unit, title } = v;
  const { t } = ctx;
  if (series.length === 0) return emptyChart(ctx, 'cohorts', title);

  const nameW = Math.min(120, Math.max(...names.map((n) => textWidth(n, 10.5))) + 6);
  const sizeW = 44;
  const fr = createFrame(ctx, 'cohorts', title, v.reading, { top: 16, right: 8, bottom: 84, left: 28 + nameW + sizeW });
  const { plot, w, h } = fr;
  const maxP = Math.max(...series.flatMap((s) => s.rows.map((r) => r.period)));
  const cols = maxP + 1;
  const cellW = w / cols;
  const rowH = Math.min(28, h / series.length);
  const fontSize = Math.min(11, rowH * 0.7, cellW / 3.2);
  const state = markState(options);

  plot.append('text').attr('x', -6).attr('y', -6).attr('text-anchor', 'end').attr('font-size', 10)
    .attr('fill', MUTED).text(truncate(t('cohort.size'), sizeW + nameW - 4, 10));
  const rowsG = plot.selectAll<SVGGElement, (typeof series)[number]>('g.sb-row').data(series).join('g').attr('class', 'sb-row')
    .attr('transform', (_, i) => `translate(0,${i * rowH})`);
  rowsG.each(function (s, i) {
    const row = select(this);
    const labelG = row.append('g');
    bindMarks(labelG.datum(s), (d) => d.cohort, v.labelName, options);
    labelG.append('title').text(v.labelTitle(s, i));
    labelG.append('text').attr('x', -sizeW - 6).attr('y', rowH / 2).attr('dy', '0.32em').attr('text-anchor', 'end')
      .attr('font-size', Math.min(10.5, rowH * 0.8)).text(truncate(names[i], nameW, 10.5));
    labelG.append('text').attr('x', -6).attr('y', rowH / 2).attr('dy', '0.32em').attr('text-anchor', 'end')
      .attr('font-size', Math.min(10.5, rowH * 0.8)).attr('fill', MUTED).text(v.sizeText(s));
    const cells = row.selectAll<SVGGElement, RetentionRow>('g.sb-cell').data(s.rows).join('g').attr('class', 'sb-cell')
      .attr('transform', (r) => `translate(${r.period * cellW},0)`);
    bindMarks(cells, (r) => r.cohort, () => '', options, false);
    cells.each(function (r) {
      const g = select(this);
      const stroke = selectedStroke(state(r.cohort));
      g.append('title').text(v.cellTitle(r, i));
      g.append('rect').attr('x', 0.5).attr('y', 0.5).attr('width', Math.max(0.5, cellW - 1)).attr('height', Math.max(0.5, rowH - 1))
        .attr('fill', v.cellFill(r)).attr('stroke', stroke.stroke).attr('stroke-width', stroke.width);
      if (cellW >= 26 && rowH >= 11) {
        g.append('text').attr('x', cellW / 2).attr('y', rowH / 2).attr('dy', '0.32em').attr('text-anchor', 'middle')
          .attr('font-size', fontSize).attr('fill', v.cellInk(r)).text(v.cellText(r));
      }
    });
  });

  const gridH = series.length * rowH;
  const onBrush = options.onBrush;
  if (onBrush) {
    const boxes = series.map((s, i) => ({ key: s.cohort, x0: -Infinity, y0: i * rowH, x1: Infinity, y1: (i + 1) * rowH }));
    addBrush(plot, rowsG.selectAll('g'), 'y', [[-(sizeW + nameW + 6), 0], [w, gridH]], (rect, additive) => onBrush(keysInRect(boxes, rect), additive));
  }
  const every = Math.max(1, Math.ceil(24 / cellW));
  const ticks = plot.append('g').attr('class', 'sb-axis sb-axis-x').attr('font-size', 10.5).attr('fill', MUTED);
  for (let p = 0; p <= maxP; p += every) {
    ticks.append('text').attr('x', p * cellW + cellW / 2).attr('y', gridH + 14).attr('text-anchor', 'middle').text(String(p));
  }
  axisTitle(plot, t('cohort.x', { unit }), w / 2, gridH + 30, w);
  axisTitle(plot, t('cohort.y'), -sizeW - nameW - 16, gridH / 2, gridH, true);
  stepLegend(plot, 0, gridH + 48, t('cohort.rate'), [0.2, 0.4, 0.6, 0.8, 1].map(heat), '0%', v.legendHigh, Math.min(160, w));
  const svg = finish(fr);
  cohortLayouts.set(svg, { options, layout: v.layout });
  return svg;
}
