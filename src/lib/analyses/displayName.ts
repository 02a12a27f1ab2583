import type { Translate } from './types';
import { messageKey } from './messageKey';

/**
 * The display name of a data value in the interface language: a segment of a known map
 * (`an.seg.<map>.<name>`), a pyramid tier (`an.tier.<name>`), a matrix cell (`an.cell.<name>`).
 * Values the catalogue does not know (a user's own map) are shown as they are.
 */
export function displayName(kind: 'seg' | 'tier' | 'cell', name: string, t: Translate, map?: string): string {
  const key = messageKey(kind === 'seg' ? `an.seg.${map ?? ''}.${name}` : `an.${kind}.${name}`);
  return key ? t(key) : name;
}
