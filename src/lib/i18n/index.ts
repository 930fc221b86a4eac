/**
 * The interface words of the site, one dictionary per language (en.ts, ja.ts): every string a
 * component, layout, page or script shows that is not content. Content (articles, glossary,
 * figures, the study card) has its own files per language under content/.
 *
 * A page's dictionary comes from its address, so nothing passes the language down:
 * `const t = pageStrings(Astro.url)`, then `t.nav.home`. A dictionary that lacks a word, or has a
 * word of another shape, fails the type check, and the build (`dictionaryProblems`, run by the
 * content preflight) names the file and the key.
 */
import { articlePath, LOCALES, localeOfPage, sitePath, type Locale } from '../site.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';

/** A run of text with links, for words that hold a link (rendered by components/internals/RichText.astro). */
export type Rich = ReadonlyArray<string | { text: string; href: string }>;

/** English's words, each widened to its shape: any string, rich text, or a function of the same arguments. */
type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly unknown[]
      ? Rich
      : { [K in keyof T]: Shape<T[K]> };

/** The shape every language's dictionary has: English's keys, each word a string, rich text or a function of the same arguments. */
export type Strings = Shape<typeof en>;

export const DICTIONARIES: Record<Locale, Strings> = { en, ja };

/** A language's dictionary. */
export const strings = (locale: Locale): Strings => DICTIONARIES[locale];

/** The dictionary of the page at this address (the language is the address's first segment). */
export const pageStrings = (url: URL): Strings => strings(localeOfPage(url.pathname));

/**
 * What a component needs to speak the language of the page it is on, from the page's address:
 * `const { t, locale, path, article } = pageLanguage(Astro.url)`; `path('glossary', '#pet')` and
 * `article('x', 'id')` are addresses in that language.
 */
export function pageLanguage(url: URL) {
  const locale = localeOfPage(url.pathname);
  return {
    locale,
    lang: LOCALES[locale].lang,
    t: strings(locale),
    path: (...parts: string[]) => sitePath(...parts, { locale }),
    article: (slug: string, fragment?: string) => articlePath(slug, fragment, { locale }),
  };
}

/** A word one dictionary lacks or holds in another shape than English's: `key` is its path, `section.key`. */
export interface DictionaryProblem {
  key: string;
  message: string;
}

/**
 * Keys one dictionary has and another lacks, or holds in another shape: the type check catches these
 * in the editor; the content preflight (content-preflight/dictionaries.ts) catches them in a build
 * that skipped it.
 */
export function dictionaryProblems(reference: object, other: object, at = ''): DictionaryProblem[] {
  const problems: DictionaryProblem[] = [];
  for (const [key, value] of Object.entries(reference)) {
    const path = at ? `${at}.${key}` : key;
    const theirs = (other as Record<string, unknown>)[key];
    if (theirs === undefined) problems.push({ key: path, message: `is missing: add it, saying in this language what the English dictionary (en.ts) says.` });
    else if (shape(theirs) !== shape(value)) problems.push({ key: path, message: `should be ${shape(value)} as in en.ts, not ${shape(theirs)}.` });
    else if (shape(value) === 'a group of words') problems.push(...dictionaryProblems(value as object, theirs as object, path));
  }
  for (const key of Object.keys(other)) {
    if (!(key in reference))
      problems.push({ key: at ? `${at}.${key}` : key, message: 'is not a word of the English dictionary (en.ts): remove it, or add it there first.' });
  }
  return problems;
}

function shape(value: unknown): string {
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'function') return `a function of ${value.length} argument(s)`;
  if (Array.isArray(value)) return 'rich text (a list of strings and links)';
  return 'a group of words';
}
