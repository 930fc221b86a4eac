import { pageReference } from './citation-exports.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Reference } from '../schemas/reference.ts';
import { strings } from './i18n/index.ts';
import { articlePath, DEFAULT_LOCALE, LOCALES, type Locale } from './site.ts';

/**
 * An article as a reference, with its canonical address on `site` (Astro's `site` setting), so
 * the page's "Cite this page" block and its downloadable files say the same thing. A translation
 * is cited as itself: its own address, its title, its language, and the site's name in it.
 */
export function articleReference(slug: string, article: ArticleData, site: URL | undefined, locale: Locale = DEFAULT_LOCALE): Reference {
  if (!site) throw new Error('astro.config: `site` must be set; citations of a page need its canonical address.');
  const t = strings(locale);
  return pageReference({
    slug,
    title: article.title,
    reviewed: article.reviewed,
    url: new URL(articlePath(slug, undefined, { locale }), site).href,
    siteName: `${t.site.name}${t.site.nameSeparator}${t.site.tagline}`,
    language: LOCALES[locale].lang,
  });
}
