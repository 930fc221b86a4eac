/**
 * Which languages the site is built in, and the routes of a page in each. English always; a
 * translation when its content exists (`content/ja/articles/`): a content folder without one (a
 * test site, the benchmark's synthetic site) is an English-only site.
 */
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../lib/site.ts';
import { LANGUAGE_COLLECTIONS } from './queries.ts';

let built: Promise<Locale[]> | undefined;

/** The languages of this build, the default first. */
export function builtLanguages(): Promise<Locale[]> {
  built ??= Promise.all(
    LOCALE_CODES.map(async (locale) => (locale === DEFAULT_LOCALE || (await getCollection(LANGUAGE_COLLECTIONS[locale].articles)).length > 0 ? [locale] : [])),
  ).then((found) => found.flat());
  return built;
}

/** The `[...lang]` route parameter of a language: none for the default language. */
export const langParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/**
 * `getStaticPaths` of a page that exists in every language: `export const getStaticPaths = languageRoutes;`
 * in `src/pages/[...lang]/<page>.astro`. The page reads its language from `Astro.props.locale`.
 */
export async function languageRoutes() {
  return (await builtLanguages()).map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}
