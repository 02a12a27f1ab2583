import type { ChartLocale } from './types';

// The default pyramid's tiers are named in Chinese in the data (they are the SQL's values and the
// marks' data-keys); English readers see the textbook's meaning instead.
const EN: Record<string, string> = {
  重要客户: 'Key (top 1%)',
  次要客户: 'Major (next 19%)',
  普通客户: 'Regular (next 30%)',
  小客户: 'Small (bottom 50%)',
};

/** How a tier name reads in `locale`; names without a translation are shown as they are. */
export function tierLabel(locale: ChartLocale, name: string): string {
  return locale === 'en' ? (EN[name] ?? name) : name;
}
