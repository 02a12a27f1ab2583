import { en, type MessageKey } from '../i18n/en';

/** `key` as a catalogue key when the catalogue has it (data values such as segment names may not). */
export function messageKey(key: string): MessageKey | null {
  // SAFETY: hasOwn just checked that the catalogue defines this key.
  return Object.hasOwn(en, key) ? (key as MessageKey) : null;
}
