import type { AUDIENCES } from '../schemas/article.ts';
import { audienceWords as en } from './i18n/en.ts';
import { audienceWords as ja } from './i18n/ja.ts';
import { DEFAULT_LOCALE, type Locale } from './site.ts';

/**
 * What each audience is called wherever the site names it: the article's "Written for", the search
 * filter and the search results ("For …"), in each language (the words are the dictionaries'
 * `article.audiences`). Kept apart from the schema and from the whole dictionaries so browser code
 * can use it without bundling zod or every word of the site.
 */
type Audience = (typeof AUDIENCES)[number];

const WORDS: Record<Locale, typeof en> = { en, ja };

/** The audiences' names in a language: `audienceNames('ja').patients` → "患者さんとご家族". */
export const audienceNames = (locale: Locale = DEFAULT_LOCALE): Readonly<Record<Audience, string>> => WORDS[locale].names;

/** The audiences' names in English (`audienceNames()`), as the search filter has read them so far. */
export const AUDIENCE_NAMES = audienceNames();

/** "For patients and families" (「患者さんとご家族向け」), as a label on a search result; undefined for an unknown audience. */
export function forAudience(audience: string, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const labels = WORDS[locale].for;
  return Object.hasOwn(labels, audience) ? labels[audience as Audience] : undefined;
}
