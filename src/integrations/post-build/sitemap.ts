import { escapeXml } from '../../lib/xml.ts';
import { fileUnder, hrefUnder, SITE_FILES } from '../../lib/site.ts';
import type { PostBuildStep } from './step.ts';

/**
 * Writes `sitemap.xml` (every built page except noindex ones: the 404 page and redirects) and a
 * `robots.txt` that points to it. Twenty lines, so no dependency: @astrojs/sitemap would add a
 * package and a sitemap index for a site of a few dozen pages.
 */
export const sitemap: PostBuildStep = {
  name: 'sitemap',
  async run({ site, base, siteUrl }) {
    if (!siteUrl) throw new Error('astro.config: `site` is not set, so the sitemap cannot give full addresses. Set SITE_URL.');
    const urls = (await site.publicPages()).map((page) => new URL(hrefUnder(base, page.path), siteUrl).href).sort();
    const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
    await site.write(
      SITE_FILES.sitemap,
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`,
    );
    // A robots.txt from public/ wins: whoever wrote it decided what crawlers may do.
    if (!site.has(SITE_FILES.robots)) {
      await site.write(SITE_FILES.robots, `User-agent: *\nAllow: /\n\nSitemap: ${new URL(fileUnder(base, SITE_FILES.sitemap), siteUrl).href}\n`);
    }
    return `sitemap.xml lists ${urls.length} pages`;
  },
};
