import type { ScaleLinear, Selection } from 'd3';
import { rankBandKey } from './rankBandKey';

/** How far one arrow press moves or widens the band (a share of customers). */
const STEP = 0.05;

/**
 * The keyboard's brush for a band of the x axis (the Lorenz chart's rank bands): `target`
 * becomes focusable (class sb-keys, for a focus ring); the first arrow key shows a band (the best
 * 20%, moved by that key), drawn until focus leaves. Arrow keys move it,
 * Shift with an arrow widens or narrows it, Enter picks it (onPick with the rankBandKey and
 * whether Ctrl or Cmd was held, to add to the selection), Escape hides it. `label(from, to)`
 * names the target with the band's ends, so assistive tech reads where the band is.
 */
export function bandKeys(
  target: Selection<SVGGElement, unknown, null, undefined>,
  x: ScaleLinear<number, number>,
  height: number,
  label: (from: number, to: number) => string,
  onPick: (key: string, additive: boolean) => void,
): void {
  let from = 0;
  let to = 0.2;
  const node = target.node();
  if (!node) return;
  const show = () => {
    target.attr('aria-label', label(from, to));
    let band = target.select<SVGRectElement>('rect.sb-band-keys');
    if (band.empty()) {
      band = target.append('rect').attr('class', 'sb-band-keys').attr('y', 0).attr('height', height)
        .attr('fill', 'none').attr('stroke', '#f2a900').attr('stroke-width', 3).attr('pointer-events', 'none');
    }
    band.attr('x', x(from)).attr('width', Math.max(0, x(to) - x(from)));
  };
  const hide = () => target.select('rect.sb-band-keys').remove();
  target.attr('tabindex', 0).attr('role', 'group').attr('aria-label', label(from, to)).classed('sb-keys', true)
    .on('blur', hide)
    .on('keydown', (event: KeyboardEvent) => {
      const width = to - from;
      const round = (v: number) => Math.round(v * 1000) / 1000;
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        const d = event.key === 'ArrowRight' ? STEP : -STEP;
        if (event.shiftKey) to = round(Math.min(1, Math.max(from + STEP, to + d)));
        else {
          from = round(Math.min(1 - width, Math.max(0, from + d)));
          to = round(from + width);
        }
      } else if (event.key === 'Enter') {
        const key = rankBandKey(from, to);
        if (key !== null) onPick(key, Boolean(event.ctrlKey || event.metaKey));
      } else if (event.key === 'Escape') {
        hide();
        return;
      } else return;
      event.preventDefault();
      if (event.key !== 'Enter') show();
    });
}
