/**
 * The site: its name, the files it publishes beside its pages, and every address inside it. The one
 * place that knows the base path (`BASE_PATH`), the trailing slash on pages, fragments and the
 * language prefix; nothing else writes a path by hand.
 *
 * Pages are `/<base>/<language>/<segments>/`, with a trailing slash (astro.config's
 * `trailingSlash: 'always'`); files are `/<base>/<language>/<name>`. English, the default
 * language, has no prefix, so its addresses are the ones published today; another language gets
 * its code as the first segment (`/ja/glossary/`) once it is added to LOCALES.
 *
 * At render time and in the browser the base is the one the site was built for
 * (`import.meta.env.BASE_URL`): use `sitePath`, `siteFile`, `siteHref`, `pageOf`. Build-time code in
 * Node, which gets the base from Astro's config, uses the `…Under(base, …)` forms.
 */

const NAME = 'Ketamine & AMPA receptors';
const TAGLINE = 'an evidence explainer';

/** The site's name in its two parts, as the header shows it. */
export const SITE_TITLE = { name: NAME, tagline: TAGLINE } as const;

/** The site's name in one line: in page titles, link previews, structured data, and as the author of its own pages. */
export const SITE_NAME = `${NAME}: ${TAGLINE}`;

/** The changes feed's title, as feed readers list it. */
export const FEED_TITLE = `What changed: ${NAME}, ${TAGLINE}`;

/** The changes feed (pages/changes.xml.ts), RSS. */
export const FEED_FILE = 'changes.xml';

/**
 * The files the site publishes beside its pages. An endpoint's file name is its route
 * (`src/pages/<name>.ts`); a unit test holds the two together.
 */
export const SITE_FILES = {
  feed: FEED_FILE,
  /** Each glossary term's short definition, loaded by the term popovers (pages/glossary.json.ts). */
  glossary: 'glossary.json',
  /** Every name of each glossary term, loaded by search with its index (pages/search-terms.json.ts). */
  searchTerms: 'search-terms.json',
  /** Pagefind's index and browser module, written by the build (integrations/post-build/pagefind.ts). */
  pagefind: 'pagefind/',
  pagefindModule: 'pagefind/pagefind.js',
  sitemap: 'sitemap.xml',
  robots: 'robots.txt',
  /** Response headers for static hosts that read them (Netlify, Cloudflare Pages). */
  headers: '_headers',
  favicon: 'favicon.svg',
  /** The page static hosts serve for a missing address; each translation has its own under its code. */
  notFound: '404.html',
  /** Link-preview card images, one per page and per shareable place, with a content hash in each name (integrations/share-cards/). */
  cards: 'cards/',
} as const;

/** An article's own citation file, beside its page: `cite.bib` (pages/articles/[slug]/cite.[format].ts). */
export const citeFile = (format: string) => `cite.${format}`;

/** A reference's file for reference managers, beside the references page: `<key>.bib` (pages/references/[key].[format].ts). */
export const referenceFile = (key: string, format: string) => `${key}.${format}`;

/**
 * The languages of the site, by code. The default language's pages have no prefix; every other
 * language's pages are under its code (`/ja/…`). Each page exists in every language with the same
 * ids, so a `#fragment` works in all of them.
 * - `lang`: `<html lang>` (Pagefind builds one index per value), `hreflang` and JSON-LD `inLanguage`.
 * - `ogLocale`: Open Graph's `og:locale` (the English edition is written in British English).
 * - `name`: the language's own name, as the language switch shows it.
 * - `dates`: the locale dates are written in (`26 November 2026`, `2026年11月26日`).
 */
export const LOCALES = {
  en: { lang: 'en', ogLocale: 'en_GB', name: 'English', dates: 'en-GB' },
  ja: { lang: 'ja', ogLocale: 'ja_JP', name: '日本語', dates: 'ja-JP' },
} as const;
export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE = 'en' satisfies Locale;
/** A language other than the default: the site's translations. */
export type TranslationLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;
/** Every language, the default first: the order of language switches, hreflang links and sitemap alternates. */
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** The first path segment of a language's pages: none for the default language. */
const prefixOf = (locale: Locale = DEFAULT_LOCALE): string => (locale === DEFAULT_LOCALE ? '' : locale);

export interface PathOptions {
  /** The language of the page addressed; the default language has no prefix. */
  locale?: Locale | undefined;
}

/** Path segments, then optionally a `#fragment` (its own argument, with the `#`), then options. */
type Part = string | PathOptions;

/** The base path as Astro serves it: `/` or `/sub/`, whatever slashes `BASE_PATH` was written with. */
export function normaliseBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** The base the site was built for; at render time and in the browser only (Vite sets it). */
const builtBase = () => normaliseBase(import.meta.env.BASE_URL);

/** A page's path under `base`: `pathUnder('/b/', 'articles', 'x', '#id')` → `/b/articles/x/#id`. */
export function pathUnder(base: string, ...parts: Part[]): string {
  const { segments, fragment, locale } = readParts(parts);
  const path = [prefixOf(locale), ...segments].filter(Boolean).join('/');
  return `${normaliseBase(base)}${path}${path ? '/' : ''}${fragment}`;
}

/** A file's path under `base`: the last segment is the file name, with no slash after it. */
export function fileUnder(base: string, ...parts: Part[]): string {
  const { segments, fragment, locale } = readParts(parts);
  return `${normaliseBase(base)}${[prefixOf(locale), ...segments].filter(Boolean).join('/')}${fragment}`;
}

/** A base-less site link (`/articles/x/#id`, as content/anchors.json writes them) as an href under `base`. */
export function hrefUnder(base: string, link: string, options: PathOptions = {}): string {
  const prefix = prefixOf(options.locale);
  return `${normaliseBase(base)}${prefix ? `${prefix}/` : ''}${link.replace(/^\/+/, '')}`;
}

/** The base-less path of an address under `base`: `/b/articles/x/` → `/articles/x/`. */
export function withoutBase(base: string, pathname: string): string {
  const root = normaliseBase(base);
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}

/** The language of a base-less path and the path without its language prefix: `/ja/glossary/` → ja, `/glossary/`. */
export function splitLocale(path: string, locales: readonly string[] = Object.keys(LOCALES)): { locale: Locale; path: string } {
  const first = path.split('/')[1] ?? '';
  const prefixed = first !== '' && first !== DEFAULT_LOCALE && locales.includes(first);
  return prefixed ? { locale: first as Locale, path: path.slice(first.length + 1) } : { locale: DEFAULT_LOCALE, path };
}

/** The base-less page path a built file serves, as a static host resolves it: `articles/x/index.html` → `/articles/x/`. */
export const pageOfFile = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** A base-less page path as an Astro rest parameter (`[...moved]`): `/old/page/` → `old/page`. */
export const routeParam = (path: string) => path.replace(/^\/+|\/+$/g, '');

/**
 * The language of a page from its address (base path and all): `/b/ja/glossary/` → `ja`. Every
 * page knows its language this way, so nothing has to pass it down.
 */
export const localeOfPage = (pathname: string): Locale => splitLocale(pageOf(pathname)).locale;

/**
 * The same page in another language, fragment and all: `/b/ja/glossary/#pet` → `/b/glossary/#pet`.
 * Pages exist in every language with the same ids, so the address maps one to one.
 */
export function samePageIn(locale: Locale, pathname: string, fragment = ''): string {
  const { path } = splitLocale(pageOf(pathname));
  // Astro renders the not-found page at /404/, but publishes it as a file, 404.html.
  if (path === '/404/' || path === `/${SITE_FILES.notFound}`) return siteFile(SITE_FILES.notFound, { locale });
  return siteHref(path, { locale }) + fragment;
}

/** A page of the site: `sitePath('articles', 'x', '#who-took-part')` → `/base/articles/x/#who-took-part`. */
export const sitePath = (...parts: Part[]) => pathUnder(builtBase(), ...parts);

/** A file the site publishes: `siteFile(SITE_FILES.glossary)` → `/base/glossary.json`. */
export const siteFile = (...parts: Part[]) => fileUnder(builtBase(), ...parts);

/** An article page, optionally a place on it: `articlePath('x', 'who-took-part')`. */
export const articlePath = (slug: string, fragment?: string, options: PathOptions = {}) =>
  sitePath('articles', slug, ...(fragment ? [`#${fragment}`] : []), options);

/**
 * The share page of a place on an article (issue 21): the article's address with the place's id as
 * one more segment, `/articles/x/` + `who-took-part` → `/articles/x/who-took-part/`. It reads as
 * what it is (that section of that article; one segment less is the article), it exists in every
 * language under the article's own prefix, and it cannot collide with another page or file: ids
 * are lowercase words and hyphens (content/anchors.json's schema), while the only things an
 * article folder holds besides its page are its citation files, whose names have a dot
 * (`cite.bib`). The build refuses a share page whose address is taken all the same. Works on a
 * base-less path, a path under the base, or an absolute URL alike.
 */
export const sharePageOf = (articlePage: string, id: string): string => `${articlePage.replace(/\/?$/, '/')}${id}/`;

/** Whether a base-less path is a share page (`/articles/x/y/`, `/ja/articles/x/y/`). */
export const isSharePage = (path: string): boolean => /^\/articles\/[^/]+\/[^/]+\/$/.test(splitLocale(path).path);

/** Whether a base-less path is an article page (`/articles/x/`, `/ja/articles/x/`). */
export const isArticlePage = (path: string): boolean => /^\/articles\/[^/]+\/$/.test(splitLocale(path).path);

/** A base-less site link as written in content/anchors.json (`/articles/x/#id`), as an href. */
export const siteHref = (link: string, options: PathOptions = {}) => hrefUnder(builtBase(), link, options);

/** The base-less path of a page of this site: `/base/articles/x/` → `/articles/x/`. */
export const pageOf = (pathname: string) => withoutBase(builtBase(), pathname);

function readParts(parts: readonly Part[]): { segments: string[]; fragment: string; locale: Locale } {
  const options = parts.find((part): part is PathOptions => typeof part === 'object') ?? {};
  const strings = parts.filter((part): part is string => typeof part === 'string');
  const fragment = strings.at(-1)?.startsWith('#') ? (strings.pop() ?? '') : '';
  const segments = strings.map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean);
  return { segments, fragment, locale: options.locale ?? DEFAULT_LOCALE };
}
