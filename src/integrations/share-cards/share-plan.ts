/**
 * The whole job for a built site, in any languages: which cards to draw (one per page with preview
 * tags, one per shareable place of each article), and, once their files are named, every share
 * page to write and every page's own preview image. Old addresses come from the anchor registry's
 * redirect lines: a place that was renamed or moved keeps its old share page, which shows the new
 * place and leads there. URLs come from the caller's site module, words from its dictionaries.
 */
import type { Root } from 'hast';
import { followRedirects, splitLink } from '../../lib/anchor-registry.ts';
import type { PreviewImage } from '../../lib/seo.ts';
import { isArticlePage, sharePageOf, splitLocale } from '../../lib/site.ts';
import { type ArticleSections, readArticleSections, type ShareableSection } from './article-sections.ts';
import { pageCard, sectionCard } from './card-content.ts';
import type { CardFile, CardRequest } from './card-files.ts';
import { CARD_SIZE, type CardContent, cardAlt } from './card-layout.ts';
import { clipText, descriptionLimit } from './clip-text.ts';
import { renderSharePage, type ShareWords } from './share-page.ts';

/** One language of the site, as its share pages and cards speak it. */
export interface ShareLanguage {
  /** The site's name in one line, as its pages' `og:site_name` gives it. */
  siteName: string;
  /** `og:locale`: `en_GB`, `ja_JP`. */
  locale: string;
  words: ShareWords;
  /** Between the parts of a card described in words (`og:image:alt`). */
  altSeparator: string;
}

/** What the site tells the plan: its languages by `<html lang>`, and its addresses. */
export interface ShareSite {
  languages: Record<string, ShareLanguage>;
  /** A page's absolute URL from its base-less path: `/ja/articles/x/` → `https://example.org/base/ja/articles/x/`. */
  pageUrl(path: string): string;
  /** A card file's absolute URL, from its file name. */
  cardUrl(file: string): string;
}

/** A built page: its base-less path (`/articles/x/`, `/404.html`) and its HTML text or parsed tree. */
export interface BuiltPage {
  path: string;
  page: Root | string;
}

/** A page to write: its base-less path and its HTML. */
export interface PlannedPage {
  path: string;
  html: string;
}

/** The cards to draw, and what to write once `writeCards` has named their files (same order as `requests`). */
export interface SharePlan {
  requests: CardRequest[];
  /** Every share page: one per place, and one per old address of a place (the registry's redirect lines). */
  sharePages(files: readonly CardFile[]): PlannedPage[];
  /** Each page's own preview image, for its `og:image` tags. */
  pageImages(files: readonly CardFile[]): Array<{ path: string; image: PreviewImage }>;
}

/** A page with preview tags, read: its card is `requests[card]`. */
interface ReadPage {
  path: string;
  article: ArticleSections;
  card: number;
}

/** A shareable place of an article: its card is `requests[card]`. */
interface Place {
  page: ReadPage;
  section: ShareableSection;
  card: number;
}

/**
 * Plans the cards, share pages and page images of the built pages, each page in the language its
 * `<html lang>` names; pages without preview tags (`og:title`) are left alone. Throws, naming the
 * page, when the site has no words for a page's language.
 *
 * @example const plan = planSharePages(pages, site, registry.redirects); const files = await writeCards(plan.requests, …); plan.sharePages(files)
 */
export function planSharePages(pages: readonly BuiltPage[], site: ShareSite, redirects: Readonly<Record<string, string>> = {}): SharePlan {
  const { requests, read, places } = readBuiltPages(pages, site);
  const image = cardImages(requests, site);

  /** A share page at `path` for `target`: a place, or (an old address of a removed place) a page and maybe an id. */
  const sharePage = (path: string, target: string, files: readonly CardFile[]): PlannedPage | undefined => {
    const { page, id } = splitLink(target);
    const place = places.get(target);
    const whole = read.get(page);
    if (!place && !whole) return undefined; // a redirect to nowhere: the published-links check reports it
    const { article, path: articlePath } = place?.page ?? (whole as ReadPage);
    const language = site.languages[article.lang] as ShareLanguage;
    const shown = place
      ? { section: place.section, articleTitle: article.title, card: place.card }
      : {
          section: { id: id ?? '', heading: article.ogTitle, description: clipText(article.description, descriptionLimit(article.lang), article.lang) },
          articleTitle: language.siteName,
          card: (whole as ReadPage).card,
        };
    const html = renderSharePage({
      section: shown.section,
      articleTitle: shown.articleTitle,
      articleUrl: site.pageUrl(articlePath),
      pageUrl: site.pageUrl(path),
      image: image(shown.card, target, files, language),
      siteName: language.siteName,
      lang: article.lang,
      locale: language.locale,
      words: language.words,
    });
    return { path, html };
  };

  return {
    requests,
    sharePages(files) {
      const live = [...places.keys()].map((link) => ({ path: sharePageOf(splitLink(link).page, splitLink(link).id ?? ''), target: link }));
      const taken = new Set(live.map((page) => page.path));
      const old = oldAddresses(redirects, places).filter((page) => !taken.has(page.path));
      return [...live, ...old].map(({ path, target }) => sharePage(path, target, files)).filter((page): page is PlannedPage => page !== undefined);
    },
    pageImages(files) {
      return [...read.values()].map((page) => ({
        path: page.path,
        image: image(page.card, page.path, files, site.languages[page.article.lang] as ShareLanguage),
      }));
    },
  };
}

/** Every built page's preview words and, for an article, its places, each with the index of its card in `requests`. */
function readBuiltPages(pages: readonly BuiltPage[], site: ShareSite) {
  const requests: CardRequest[] = [];
  const read = new Map<string, ReadPage>();
  const places = new Map<string, Place>();
  for (const { path, page } of pages) {
    // Only an article's places need its body; other pages are read for their head alone, which is far quicker.
    const article = readArticleSections(isArticlePage(path) ? page : headOf(page));
    if (!article.ogTitle) continue;
    const language = site.languages[article.lang];
    if (!language) throw new Error(`${path}: the page is in "${article.lang}", and the share pages have no words for it.`);
    const readPage = { path, article, card: requests.push({ name: `${article.lang}--${pageName(path)}`, card: wholePageCard(article, language) }) - 1 };
    read.set(path, readPage);
    if (!isArticlePage(path)) continue;
    for (const section of article.sections) {
      const card = requests.push({ name: `${article.lang}--${pageName(path)}--${section.id}`, card: sectionCard(section, article, language.siteName) }) - 1;
      places.set(`${path}#${section.id}`, { page: readPage, section, card });
    }
  }
  return { requests, read, places };
}

/** The preview image of the card at `index` of `requests`, once writeCards has written the files. */
function cardImages(requests: readonly CardRequest[], site: ShareSite) {
  const fileOf = (index: number, what: string, files: readonly CardFile[]) => {
    const file = files[index];
    if (!file) throw new Error(`No card file for ${what}: pass the files writeCards returned for plan.requests.`);
    return file.file;
  };
  return (index: number, what: string, files: readonly CardFile[], language: ShareLanguage): PreviewImage => ({
    url: site.cardUrl(fileOf(index, what, files)),
    ...CARD_SIZE,
    alt: cardAlt(requests[index]?.card as CardContent, language.altSeparator),
    type: 'image/png',
  });
}

/**
 * The share pages of places that are no longer where they were, from the redirect lines: a line
 * from an article's id (`/articles/x/#old`) keeps `/articles/x/old/`; a line moving a whole article
 * (`/articles/old/`) keeps the share page of every place the article has now, at its old address
 * (ids move with their page). Each leads where the registry sends that address.
 */
export function oldAddresses(redirects: Readonly<Record<string, string>>, places: ReadonlyMap<string, unknown>): Array<{ path: string; target: string }> {
  const found = new Map<string, string>();
  const follow = (link: string) => {
    try {
      return followRedirects(link, redirects);
    } catch {
      return undefined; // a loop: the published-links check reports it
    }
  };
  const add = (page: string, id: string) => {
    const path = sharePageOf(page, id);
    const target = follow(`${page}#${id}`);
    if (target && !found.has(path)) found.set(path, target);
  };
  const lines = Object.keys(redirects).map(splitLink);
  // Lines naming an id first: they say exactly where that id went, over what its page's move implies.
  for (const { page, id } of lines) if (id && isArticlePage(page)) add(page, id);
  for (const { page, id } of lines) {
    if (id || !isArticlePage(page)) continue;
    const movedTo = follow(page);
    if (!movedTo) continue;
    const prefix = `${splitLink(movedTo).page}#`;
    for (const link of places.keys()) if (link.startsWith(prefix)) add(page, link.slice(prefix.length));
  }
  return [...found].map(([path, target]) => ({ path, target }));
}

/** The HTML up to the end of its head (all of it, without one), or the tree as it is. */
function headOf(page: Root | string): Root | string {
  const end = typeof page === 'string' ? page.indexOf('</head>') : -1;
  return end === -1 ? page : (page as string).slice(0, end);
}

/**
 * A page's own card: its title and the site's name. The home page, whose title is the site's name,
 * shows its description under it instead of the name twice.
 */
function wholePageCard(article: ArticleSections, language: ShareLanguage): CardContent {
  const card = pageCard(article.ogTitle, language.siteName, article.lang);
  return article.ogTitle === language.siteName ? { ...card, articleTitle: article.description } : card;
}

/** A page's path as a card name, without its language: `/ja/articles/x/` → `articles-x`, `/` → `home`, `/404.html` → `404`. */
export function pageName(path: string): string {
  const name = splitLocale(path)
    .path.replace(/\.html$/, '')
    .split('/')
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
  return name || 'home';
}
