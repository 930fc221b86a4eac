/**
 * Calendar days as readers write them, in the page's language (`LOCALES[locale].dates`):
 * "26 November 2026" in English, "2026年11月26日" in Japanese. Days are read in UTC, so no day
 * shifts with the time zone of the machine that builds the site.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './site.ts';

/** How much of a date is written: the whole day, the day with a short month, or a date known only to the month or the year. */
type Style = 'long' | 'short' | 'month' | 'year';

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * One formatter per language and style, made on first use: setting one up costs far more than
 * using it (a formatter per call was most of the cost of the study line on every article, scripts/bench).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(date: Date, locale: Locale, style: Style): string {
  const key = `${locale} ${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[locale].dates, { ...STYLES[style], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A calendar day written out: "2026-11-26" → "26 November 2026", "2026年11月26日". */
export const longDate = (iso: string, locale: Locale = DEFAULT_LOCALE): string => format(utcDay(iso), locale, 'long');

/** The same day, short, where space is tight (the line under an article's title): "26 Nov 2026"; Japanese writes it in full, "2026年11月26日". */
export const shortDate = (iso: string, locale: Locale = DEFAULT_LOCALE): string => format(utcDay(iso), locale, 'short');

/** A date of CSL date-parts known to the day, the month or only the year: "5 March 2026", "March 2026", "2026"; "2026年3月5日", "2026年3月", "2026年". */
export function partialDate([year, month, day]: readonly [number, ...number[]], locale: Locale = DEFAULT_LOCALE): string {
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return format(date, locale, month === undefined ? 'year' : day === undefined ? 'month' : 'long');
}

/** The ISO day of CSL date-parts, when year, month and day are all known: [2026, 3, 5] → "2026-03-05". */
export function isoDay(parts: readonly number[] | undefined): string | undefined {
  if (parts?.length !== 3) return undefined;
  return parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}
