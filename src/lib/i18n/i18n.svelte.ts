import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type Locale = 'en' | 'zh-CN';
const catalogues: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
const STORAGE_KEY = 'segbook.locale';

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return globalThis.navigator?.language?.startsWith('zh') ? 'zh-CN' : 'en';
}

/** The interface language, remembered across visits. */
export const i18n = $state({ locale: initialLocale() });
if (globalThis.document) document.documentElement.lang = i18n.locale;

/** The currency money is shown in when the data does not say: the one of the interface language's market. */
export function defaultCurrency(locale: Locale): string {
  return locale === 'zh-CN' ? 'CNY' : 'USD';
}

/** Switch language and remember the choice. */
export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** Translate a message key, filling `{name}` parameters. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogues[i18n.locale][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Format a number for the current locale. */
export function fmtNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** Format a byte count (KB/MB/GB) for the current locale. */
export function fmtBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  let v = bytes;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${fmtNumber(v, i === 0 ? 0 : 1)} ${units[i]}`;
}
