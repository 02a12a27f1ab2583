import { en, type MessageKey } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import type { Translate } from '../../../src/lib/analyses/types';

/** The app's `t` over a fixed catalogue (i18n.svelte.ts needs the Svelte compiler; this does not). */
export function translator(locale: 'en' | 'zh-CN'): Translate {
  const cat: Record<MessageKey, string> = locale === 'en' ? en : zhCN;
  return (key, params = {}) => cat[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
