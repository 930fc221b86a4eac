/**
 * The whole job for a set of built article pages, in any languages: which cards to draw, and,
 * once their files are named, every share page to write. URLs and file locations come from the
 * caller's site/URL module, words from its dictionaries, so this knows no base path or prefix.
 */
import type { Root } from 'hast';
import { type ArticleSections, readArticleSections, type ShareableSection } from './article-sections.ts';
import { sectionCard } from './card-content.ts';
import type { CardFile, CardRequest } from './card-files.ts';
import { CARD_SIZE, cardAlt } from './card-layout.ts';
import { renderSharePage, type ShareWords } from './share-page.ts';

/** What the site tells the plan: per language its name, locale and words; and every address. */
export interface ShareSite {
  languages: Record<string, { siteName: string; locale: string; words: ShareWords; altSeparator: string }>;
  /** The article's canonical absolute URL. */
  articleUrl(slug: string, lang: string): string;
  /** A share page's absolute URL. */
  shareUrl(slug: string, id: string, lang: string): string;
  /** Where a share page is written, relative to the build folder: `share/<slug>/<id>/index.html`. */
  shareFile(slug: string, id: string, lang: string): string;
  /** A card file's absolute URL, from its file name. */
  cardUrl(file: string): string;
}

/** A built article page to plan for: its slug and its parsed tree (or HTML text). */
export interface ArticlePage {
  slug: string;
  page: Root | string;
}

/** The cards to draw, and a function that writes the share pages once the cards have file names. */
export interface SharePlan {
  requests: CardRequest[];
  /** Every share page, given the files `writeCards` returned for `requests` (same order). */
  pages(files: readonly CardFile[]): Array<{ file: string; html: string }>;
}

/**
 * Plans the share pages and cards of every article page, each in the language its `<html lang>`
 * names. Throws, naming the page, when the site has no words for that language.
 *
 * @example const plan = planSharePages(pages, site); const files = await writeCards(plan.requests, …); for (const p of plan.pages(files)) write(p.file, p.html);
 */
export function planSharePages(pages: readonly ArticlePage[], site: ShareSite): SharePlan {
  const places: Array<{ slug: string; article: ArticleSections; section: ShareableSection }> = [];
  for (const { slug, page } of pages) {
    const article = readArticleSections(page);
    if (!site.languages[article.lang]) throw new Error(`articles/${slug}: the page is in "${article.lang}", and the share pages have no words for it.`);
    for (const section of article.sections) places.push({ slug, article, section });
  }
  const requests = places.map(({ slug, article, section }) => ({
    name: `${article.lang}--${slug}--${section.id}`,
    card: sectionCard(section, article, languageOf(site, article).siteName),
  }));
  return {
    requests,
    pages: (files) =>
      places.map(({ slug, article, section }, i) => {
        const language = languageOf(site, article);
        const file = files[i];
        if (!file) throw new Error(`No card file for articles/${slug}#${section.id}: pass the files writeCards returned for plan.requests.`);
        const card = requests[i]?.card ?? sectionCard(section, article, language.siteName);
        const html = renderSharePage({
          section,
          articleTitle: article.title,
          articleUrl: site.articleUrl(slug, article.lang),
          pageUrl: site.shareUrl(slug, section.id, article.lang),
          image: { url: site.cardUrl(file.file), ...CARD_SIZE, alt: cardAlt(card, language.altSeparator), type: 'image/png' },
          siteName: language.siteName,
          lang: article.lang,
          locale: language.locale,
          words: language.words,
        });
        return { file: site.shareFile(slug, section.id, article.lang), html };
      }),
  };
}

function languageOf(site: ShareSite, article: ArticleSections) {
  const language = site.languages[article.lang];
  if (!language) throw new Error(`The share pages have no words for "${article.lang}".`);
  return language;
}
