/**
 * The language of the page a script runs on, from `<html lang>` (BaseLayout writes
 * `LOCALES[locale].lang` there): scripts pick their words and files by it.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type Locale } from '../lib/site.ts';

export function pageLocale(root: Element = document.documentElement): Locale {
  const lang = root.getAttribute('lang') ?? '';
  return LOCALE_CODES.find((code) => LOCALES[code].lang === lang) ?? DEFAULT_LOCALE;
}

/**
 * A script's words in the page's language. Scripts pass the groups they need, imported by name from
 * each dictionary (`import { searchWords as ja } from '../../lib/i18n/ja.ts'`), so the bundle holds
 * those words and not every word of the site in every language.
 */
export const inPageLanguage = <T>(words: Readonly<Record<Locale, T>>, root?: Element): T => words[pageLocale(root)];
