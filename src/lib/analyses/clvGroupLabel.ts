import type { DwyerBy } from '../sql/dwyerRetentionSql';
import { displayName } from './displayName';
import type { Translate } from './types';

/** A group of the CLV formula tables in the interface language: segment, tier, cohort or "all customers". */
export function clvGroupLabel(by: DwyerBy, group: string | number | null | undefined, t: Translate): string {
  const name = group === null || group === undefined ? '' : String(group);
  if (name === '') return t('an.missing');
  if (by === 'all') return t('an.clvf.by.all');
  if (by === 'segment_rfm10') return displayName('seg', name, t, 'rfm10');
  if (by === 'segment_cn8') return displayName('seg', name, t, 'cn8');
  if (by === 'tier') return displayName('tier', name, t);
  return name;
}
