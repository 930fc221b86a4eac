import { escapeXml } from '../../lib/xml.ts';
import { DEFAULT_LOCALE, fileUnder, hrefUnder, LOCALE_CODES, LOCALES, SITE_FILES, splitLocale, type Locale } from '../../lib/site.ts';
import type { PostBuildStep } from './step.ts';

/**
 * Writes `sitemap.xml` (every built page except noindex ones: the 404 pages and redirects) and a
 * `robots.txt` that points to it. A page that exists in more than one language lists each of them,
 * itself included, as `<xhtml:link rel="alternate" hreflang>`, and the default language's as
 * `x-default`, as the pages' own `<link rel="alternate">` do. Forty lines, so no dependency:
 * @astrojs/sitemap would add a package and a sitemap index for a site of a few dozen pages.
 */
export const sitemap: PostBuildStep = {
  name: 'sitemap',
  async run({ site, base, siteUrl }) {
    if (!siteUrl) throw new Error('astro.config: `site` is not set, so the sitemap cannot give full addresses. Set SITE_URL.');
    const address = (path: string) => new URL(hrefUnder(base, path), siteUrl).href;
    const pages = (await site.publicPages()).map((page) => ({ ...splitLocale(page.path, LOCALE_CODES), url: address(page.path) }));
    // Each page's versions, by its path without the language prefix.
    const versions = new Map<string, Map<Locale, string>>();
    for (const { locale, path, url } of pages) versions.set(path, (versions.get(path) ?? new Map()).set(locale, url));
    const entries = pages
      .sort((a, b) => a.url.localeCompare(b.url))
      .map(({ path, url }) => `  <url><loc>${escapeXml(url)}</loc>${alternates(versions.get(path))}</url>`);
    await site.write(
      SITE_FILES.sitemap,
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`,
    );
    // A robots.txt from public/ wins: whoever wrote it decided what crawlers may do.
    if (!site.has(SITE_FILES.robots)) {
      await site.write(SITE_FILES.robots, `User-agent: *\nAllow: /\n\nSitemap: ${new URL(fileUnder(base, SITE_FILES.sitemap), siteUrl).href}\n`);
    }
    const translated = [...versions.values()].filter((languages) => languages.size > 1).length;
    return `sitemap.xml lists ${pages.length} pages (${translated} in more than one language, with their alternates)`;
  },
};

/** A page's language versions as sitemap alternates; none for a page in one language only. */
function alternates(languages: ReadonlyMap<Locale, string> | undefined): string {
  if (!languages || languages.size < 2) return '';
  const link = (hreflang: string, url: string) => `\n    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(url)}"/>`;
  const each = LOCALE_CODES.flatMap((locale) => {
    const url = languages.get(locale);
    return url ? [link(LOCALES[locale].lang, url)] : [];
  });
  const fallback = languages.get(DEFAULT_LOCALE);
  return `${each.join('')}${fallback ? link('x-default', fallback) : ''}\n  `;
}
