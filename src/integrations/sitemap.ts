import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPublicPages } from './built-site/public-pages.ts';
import { escapeXml } from '../lib/xml.ts';
import { fileUnder, hrefUnder, SITE_FILES } from '../lib/site.ts';

/**
 * Writes `sitemap.xml` (every built page except noindex ones: the 404 page and redirects) and a
 * `robots.txt` that points to it, at the end of every build. Twenty lines, so no dependency:
 * @astrojs/sitemap would add a package and a sitemap index for a site of a few dozen pages.
 */
export function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'site:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('astro.config: `site` is not set, so the sitemap cannot give full addresses. Set SITE_URL.');
        const distDir = fileURLToPath(dir);
        const pages = await readPublicPages(distDir);
        const urls = pages.map((page) => new URL(hrefUnder(base, page.path), site).href).sort();
        const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
        await writeFile(
          path.join(distDir, SITE_FILES.sitemap),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`,
        );
        // A robots.txt from public/ wins: whoever wrote it decided what crawlers may do.
        const robots = path.join(distDir, SITE_FILES.robots);
        if (!existsSync(robots)) await writeFile(robots, `User-agent: *\nAllow: /\n\nSitemap: ${new URL(fileUnder(base, SITE_FILES.sitemap), site).href}\n`);
        logger.info(`sitemap.xml lists ${urls.length} pages`);
      },
    },
  };
}
