/**
 * The language of the page the search runs on, from its `<html lang>` (as Pagefind picks its
 * index), and the search's words in that language (lib/i18n).
 */
import { strings } from '../../lib/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type Locale } from '../../lib/site.ts';

/** The page's language: the one whose `lang` the document declares. */
export const pageLocale = (): Locale => LOCALE_CODES.find((code) => LOCALES[code].lang === document.documentElement.lang) ?? DEFAULT_LOCALE;

/** The search's words in the page's language. */
export const searchWords = () => strings(pageLocale()).search;
