import type { MessageKey } from '../i18n/en';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** `iso` plus `days` (negative: earlier), in UTC so no time zone shifts the day. */
export function addDays(iso: string, days: number): string {
  if (!isIsoDate(iso)) throw new Error(`invalid date: ${JSON.stringify(iso)} (expected YYYY-MM-DD)`);
  const t = Date.parse(`${iso}T00:00:00Z`) + Math.round(days) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The lifecycle migration's default snapshots: the reference date and 180 days before it. */
export function defaultSnapshots(refDate: string, days = 180): { before: string; after: string } {
  return { before: addDays(refDate, -days), after: refDate };
}

/** Why two snapshot dates cannot be compared (a message key), or null when they can. */
export function snapshotProblem(before: string, after: string): Extract<MessageKey, 'an.life.badDate' | 'an.life.order'> | null {
  if (!isIsoDate(before) || !isIsoDate(after)) return 'an.life.badDate';
  if (before >= after) return 'an.life.order';
  return null;
}

/**
 * The default end of the CLV calibration window: a third of the data's span before the last
 * order, at most a year, so the holdout is long enough to count repeat purchases in and the
 * calibration keeps most of the history. None when the data spans under 30 days.
 */
export function defaultCalibrationEnd(firstDate: string, lastDate: string): string | null {
  const span = daysBetween(firstDate, lastDate);
  if (!(span >= 30)) return null;
  return addDays(lastDate, -Math.min(365, Math.round(span / 3)));
}
