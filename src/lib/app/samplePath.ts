import type { Locale } from '../i18n/i18n.svelte';
import type { SampleId } from './session.svelte';

/**
 * The path, on our own origin, of a bundled sample: the shop in the interface language (its
 * column names and products translated), or the CDNOW purchase log.
 */
export function samplePath(id: SampleId, locale: Locale): string {
  return id === 'shop' ? (locale === 'zh-CN' ? 'samples/shop-zh-CN.csv' : 'samples/shop.csv') : 'samples/cdnow.txt';
}
