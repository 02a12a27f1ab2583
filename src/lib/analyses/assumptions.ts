import type { Formats } from '../charts/format';
import { formatDate } from './formatDate';
import type { DataInfo, Translate } from './types';

/**
 * What each analysis assumed, in plain words next to its result (DESIGN.md, ANALYSES.md): the
 * reference date, the window, the rules and their parameters, how returns count.
 */

const cut = (f: Formats, v: number) => (Number.isInteger(v) ? f.int(v) : f.num(v, 1));
// Chinese sentences follow one another without a space.
const sentences = (f: Formats, ...parts: string[]) => parts.join(f.locale === 'zh-CN' ? '' : ' ');

/** RFM: reference date, quantile scores and their cut points, returns and non-positive M. */
export function rfmAssumption(
  info: DataInfo,
  cuts: { r: number[]; f: number[]; m: number[] },
  t: Translate,
  f: Formats,
): string {
  const join = (xs: string[]) => (xs.length ? xs.join(' / ') : '–');
  const main = t('an.seg.assumed', {
    ref: formatDate(info.refDate, f.locale),
    n: f.int(info.customers),
    rc: join(cuts.r.map((v) => cut(f, v))),
    fc: join(cuts.f.map((v) => cut(f, v))),
    mc: join(cuts.m.map((v) => f.money(v))),
  });
  const returns = info.returnLines > 0 ? t('an.seg.returns', { n: f.int(info.returnLines) }) : t('an.seg.noReturns');
  const flagged = t('an.seg.nonPositive', { n: f.int(info.nonPositive) });
  return sentences(f, main, returns, flagged);
}

/** The customer list: how many are shown of how many, in which order. */
export function listAssumption(shown: number, total: number, keys: string[] | null, t: Translate, f: Formats): string {
  const who = keys ? t('an.list.who.selected', { keys: keys.join(', ') }) : t('an.list.who.all');
  return t('an.list.assumed', { shown: f.int(shown), total: f.int(total), who });
}

/** Lifecycle: the stage rules with their default parameters, and whether P(alive) took part. */
export function lifecycleAssumption(refDate: string, pAlive: boolean, t: Translate, f: Formats): string {
  return sentences(f, t('an.life.assumed', { ref: formatDate(refDate, f.locale) }), t(pAlive ? 'an.life.pAliveOn' : 'an.life.pAliveOff'));
}

/** Lifecycle migration: what a snapshot is and who "new" is. */
export function migrationAssumption(before: string, after: string, t: Translate, f: Formats): string {
  return t('an.life.migrationAssumed', { before: formatDate(before, f.locale), after: formatDate(after, f.locale) });
}

/** CLV: the window, unit, merging, horizon and discount. */
export function clvAssumption(fit: { calibration_end: string; customers: number; unit: 'day' | 'week' | 'month' }, t: Translate, f: Formats): string {
  return t('an.clv.assumed', {
    n: f.int(fit.customers),
    end: formatDate(fit.calibration_end, f.locale),
    unit: t(`an.unit.${fit.unit}`),
  });
}

/** The ABC value matrix: what current and future value are, and where "high" starts. */
export function valueMatrixAssumption(
  info: DataInfo,
  m: { future: 'clv' | 'trend'; xCut: number; yCut: number },
  t: Translate,
  f: Formats,
): string {
  const axis = t(m.future === 'clv' ? 'an.mx.futureClv' : 'an.mx.futureTrend');
  return t('an.mx.valueAssumed', {
    ref: formatDate(info.refDate, f.locale), future: axis, x: f.moneyShort(m.xCut), y: f.moneyShort(m.yCut),
  });
}

/** Baskets: what a basket is, what the three measures mean, and the support floor. */
export function basketAssumption(
  level: 'product' | 'category',
  minSupport: number,
  baskets: number | null,
  t: Translate,
  f: Formats,
): string {
  return t('an.bk.assumed', {
    level: t(`an.bk.level.${level}`),
    baskets: baskets === null ? '–' : f.int(baskets),
    min: f.pct(minSupport),
  });
}
