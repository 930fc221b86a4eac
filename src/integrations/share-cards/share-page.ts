/**
 * The small page a share link points at: a link previewer reads its tags (it never sees a
 * `#fragment` and runs no script), and a person is sent on at once to the section in the article.
 */
import { type MetaTag, type PreviewImage, previewImageTags } from '../../lib/seo.ts';
import { escapeXml } from '../../lib/xml.ts';

/** Interface words, one set per language (the site's dictionary supplies them). */
export interface ShareWords {
  /** The visible link to the section, for a browser that does not follow the refresh: "Continue to the section". */
  continueToSection: string;
  /** Between the place's heading and the article's title in titles: " · ". */
  titleSeparator: string;
}

/** Everything a share page says. Absolute URLs are built by the caller (site URL and base path). */
export interface SharePageInput {
  /** The place: its public id, the heading and description its preview shows. */
  section: { id: string; heading: string; description: string };
  articleTitle: string;
  /** The article's canonical absolute URL, without a fragment. */
  articleUrl: string;
  /** This share page's own absolute URL: `og:url` must name the page itself, or previewers that follow it show the article's card. */
  pageUrl: string;
  image: PreviewImage;
  siteName: string;
  /** `<html lang>`: `en`, `ja`. */
  lang: string;
  /** `og:locale`: `en_GB` (the site writes British English), `ja_JP`. */
  locale: string;
  words: ShareWords;
}

/**
 * A tiny stylesheet: readable width and type for the moment the page is seen, colours left to the
 * browser (`color-scheme: light dark`). An inline `<style>` is hashed into the site's CSP like any other.
 */
export const SHARE_PAGE_STYLE =
  'body{margin:0;font:1.0625rem/1.65 system-ui,sans-serif}main{max-width:42rem;margin:3rem auto;padding:0 1rem}h1{line-height:1.25}';

/**
 * Where a person is sent: the article's path and the fragment (none for a whole page). A same-site
 * path works on any host the site is served from.
 */
export function sectionTarget(articleUrl: string, id: string): string {
  const { pathname } = new URL(articleUrl);
  return id ? `${pathname}#${encodeURIComponent(id)}` : pathname;
}

/** A `<meta>` tag as HTML, its content escaped. */
export const metaHtml = (tag: MetaTag): string =>
  'property' in tag ? `<meta property="${tag.property}" content="${escapeXml(tag.content)}">` : `<meta name="${tag.name}" content="${escapeXml(tag.content)}">`;

/**
 * The share page's HTML: every tag a previewer needs in its first kilobytes, a 0-second refresh
 * to the section, and a visible link to it. No script.
 *
 * @example renderSharePage({ section: { id: 'the-scans', … }, … }) // '<!DOCTYPE html><html lang="en">…'
 */
export function renderSharePage(input: SharePageInput): string {
  const { section, image, words } = input;
  const a = (text: string) => escapeXml(text);
  const target = sectionTarget(input.articleUrl, section.id);
  const title = `${section.heading}${words.titleSeparator}${input.articleTitle}`;
  const meta = (key: 'name' | 'property', name: string, content: string) => metaHtml(key === 'name' ? { name, content } : { property: name, content });
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="refresh" content="${a(`0; url=${target}`)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${a(`${title}${words.titleSeparator}${input.siteName}`)}</title>`,
    meta('name', 'description', section.description),
    meta('name', 'robots', 'noindex'),
    `<link rel="canonical" href="${a(input.articleUrl)}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', input.siteName),
    meta('property', 'og:locale', input.locale),
    meta('property', 'og:title', title),
    meta('property', 'og:description', section.description),
    meta('property', 'og:url', input.pageUrl),
    ...previewImageTags(image).map(metaHtml),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'referrer', 'no-referrer'),
    meta('name', 'color-scheme', 'light dark'),
    `<style>${SHARE_PAGE_STYLE}</style>`,
  ];
  const body = [
    `<main><p>${a(input.siteName)}</p>`,
    `<h1>${a(section.heading)}</h1>`,
    `<p>${a(input.articleTitle)}</p>`,
    section.description ? `<p>${a(section.description)}</p>` : '',
    `<p><a href="${a(target)}">${a(words.continueToSection)}</a></p></main>`,
  ];
  return `<!DOCTYPE html>\n<html lang="${a(input.lang)}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body.filter(Boolean).join('\n')}\n</body>\n</html>\n`;
}

/** Where a page's image tags go: just before `twitter:card`, so they follow its other Open Graph tags (lib/seo.ts). */
const TWITTER_CARD = /<meta name="twitter:card"[^>]*>/;

/**
 * A built page's HTML with its preview image's tags added. Throws, naming the file, when the page
 * has no `twitter:card` tag to place them by.
 *
 * @example withPreviewImage(html, { url: 'https://example.org/cards/en--glossary.0123456789ab.png', … }, 'glossary/index.html')
 */
export function withPreviewImage(html: string, image: PreviewImage, file: string): string {
  const at = TWITTER_CARD.exec(html);
  if (!at) throw new Error(`${file}: no <meta name="twitter:card"> to put the page's og:image beside (components/head/LinkPreview.astro writes it).`);
  return `${html.slice(0, at.index)}${previewImageTags(image).map(metaHtml).join('')}${html.slice(at.index)}`;
}
