import type { Selection } from '../../../workers/protocol';

/**
 * A file name for an export of `what` (e.g. customers) of a selection: segbook-customers-all.csv,
 * segbook-customers-Champions.csv. Characters file systems refuse are replaced; keys joined by +.
 */
export function exportFileName(what: string, selection: Selection | null, ext = 'csv'): string {
  const keys = selection && selection.keys.length ? selection.keys.join('+') : 'all';
  const safe = keys.replace(/[\\/:*?"<>|\u0000-\u001f\s]+/g, '_').replace(/^[._-]+/, '').slice(0, 60) || 'selection';
  return `segbook-${what}-${safe}.${ext}`;
}
