import { select } from 'd3';
import { cohortLayouts } from './cohortLayouts';
import { cohortValues } from './cohortValues';
import type { CohortOptions } from './renderCohortHeatmap';
import type { RetentionRow } from './retention';

/**
 * Repaints a heatmap drawn by renderCohortHeatmap with new values in place, when the result is
 * what renderCohortHeatmap(retention, options) would draw: the same options object (so the same
 * size, language, selection and handlers) and the same layout (cohorts, periods, reading lines).
 * Only texts, colours and the marks' data change, so a selection elsewhere redraws a thousand
 * cells without building and laying them out again. Returns false, touching nothing, otherwise.
 */
export function updateCohortHeatmap(svg: SVGSVGElement, retention: readonly RetentionRow[], options: CohortOptions): boolean {
  const drawn = cohortLayouts.get(svg);
  if (!drawn || drawn.options !== options) return false;
  const v = cohortValues(retention, options);
  if (v.series.length === 0 || v.layout !== drawn.layout) return false;
  const rows = svg.querySelectorAll<SVGGElement>('g.sb-row');
  if (rows.length !== v.series.length) return false;

  svg.setAttribute('aria-label', `${v.title}. ${v.reading}`);
  setText(svg.querySelector(':scope > desc'), v.reading);
  svg.querySelectorAll(':scope > text.sb-reading > tspan').forEach((tspan, i) => setText(tspan, v.readingLines[i] ?? ''));

  // renderCohortHeatmap's structure: a row holds its label group (title, name, size) and then one
  // group per period (title, rect, and the rate's text when the cells are big enough).
  v.series.forEach((s, i) => {
    const [label, ...cells] = Array.from(rows[i]!.children);
    if (!label) return;
    select(label).datum(s);
    if (label.hasAttribute('aria-label')) label.setAttribute('aria-label', v.labelName(s));
    setText(label.children[0] ?? null, v.labelTitle(s, i));
    setText(label.children[2] ?? null, v.sizeText(s));
    s.rows.forEach((r, k) => {
      const cell = cells[k];
      if (!cell) return;
      select(cell).datum(r);
      setText(cell.children[0] ?? null, v.cellTitle(r, i));
      setAttr(cell.children[1], 'fill', v.cellFill(r));
      const text = cell.children[2];
      if (text) {
        setAttr(text, 'fill', v.cellInk(r));
        setText(text, v.cellText(r));
      }
    });
  });
  setText(svg.querySelector('g.sb-legend')?.lastElementChild ?? null, v.legendHigh);
  return true;
}

// Writes only what changed, and a text node's data rather than textContent: both keep the
// browser from restyling and re-laying out the cells a selection leaves as they were.
function setText(el: Element | null, text: string): void {
  if (!el) return;
  const node = el.firstChild;
  if (node && node === el.lastChild && node.nodeType === 3) {
    // SAFETY: nodeType 3 is a Text node.
    const t = node as Text;
    if (t.data !== text) t.data = text;
  } else if (el.textContent !== text) el.textContent = text;
}

function setAttr(el: Element | undefined, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}
