import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type Locale } from './site.ts';

const LONG = Object.fromEntries(
  LOCALE_CODES.map((locale) => [locale, new Intl.DateTimeFormat(LOCALES[locale].dates, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })]),
) as Record<Locale, Intl.DateTimeFormat>;
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A calendar day as readers of a language write it: "2026-11-26" → "26 November 2026", or
 * "2026年11月26日" in Japanese (UTC, so no day shifts by time zone).
 */
export const longDate = (iso: string, locale: Locale = DEFAULT_LOCALE): string => LONG[locale].format(new Date(`${iso}T00:00:00Z`));

/** The same day, short, where space is tight (the line under an article's title): "26 Nov 2026". */
export const shortDate = (iso: string): string => SHORT.format(new Date(`${iso}T00:00:00Z`));

/** The ISO day of CSL date-parts, when year, month and day are all known: [2026, 3, 5] → "2026-03-05". */
export function isoDay(parts: readonly number[] | undefined): string | undefined {
  if (parts?.length !== 3) return undefined;
  return parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}
