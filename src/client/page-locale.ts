/**
 * The language of the page a script runs on, from `<html lang>` (BaseLayout writes
 * `LOCALES[locale].lang` there): scripts pick their words and files by it.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type Locale } from '../lib/site.ts';

export function pageLocale(root: Element = document.documentElement): Locale {
  const lang = root.getAttribute('lang') ?? '';
  return LOCALE_CODES.find((code) => LOCALES[code].lang === lang) ?? DEFAULT_LOCALE;
}
