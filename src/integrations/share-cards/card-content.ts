/**
 * What the card of each kind of page shows: a section or claim card (its heading, the article,
 * the site, its evidence label) and a page-level card for every other page (title and site).
 */
import type { ArticleSections, ShareableSection } from './article-sections.ts';
import type { CardContent } from './card-layout.ts';

/**
 * The card of one shareable place of an article.
 *
 * @example sectionCard(article.sections[0], article, 'Ketamine & AMPA receptors: an evidence explainer')
 */
export function sectionCard(section: ShareableSection, article: Pick<ArticleSections, 'title' | 'lang'>, siteName: string): CardContent {
  return {
    heading: section.heading,
    context: section.context,
    articleTitle: article.title,
    siteName,
    label: section.evidence,
    lang: article.lang,
  };
}

/** The card of a whole page (an article, the home page, the glossary…): its title and the site's name. */
export function pageCard(title: string, siteName: string, lang: string): CardContent {
  return { heading: title, siteName, lang };
}
