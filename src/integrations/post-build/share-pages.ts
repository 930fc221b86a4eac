import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadAnchorRegistry } from '../../config/anchor-registry-file.ts';
import { strings } from '../../lib/i18n/index.ts';
import { fileUnder, hrefUnder, LOCALE_CODES, LOCALES, pageOfFile, SITE_FILES } from '../../lib/site.ts';
import {
  type CardFile,
  cardTheme,
  createCardWorkers,
  createFontSource,
  type PlannedPage,
  planSharePages,
  pruneCardCache,
  rendererVersions,
  type ShareSite,
  withPreviewImage,
  writeCards,
} from '../share-cards/index.ts';
import type { BuiltSite } from './built-site.ts';
import type { PostBuildStep } from './step.ts';

/** Set to `off` to build without share pages and card images: only for the bench's synthetic sites (scripts/bench). */
export const SHARE_PAGES_SWITCH = 'SHARE_PAGES';

/** The site's design tokens, which give the cards their colours. */
const TOKENS = new URL('../../styles/tokens.css', import.meta.url);

/**
 * Share pages and card images (issue 21). For every section and claim of every article, in every
 * language, a small page at `sharePageOf(article, id)` whose link preview shows that place and
 * which sends a person on to `article#id`; the same at each old address the anchor registry's
 * redirect lines keep; and for every page with preview tags, its own card as `og:image`. Cards are
 * drawn on worker threads into a cache kept between builds, so a rebuild draws only what changed.
 * Runs before the link check (share pages link to their sections), the search index and the
 * sitemap (both leave noindex pages out) and the Content-Security-Policy (which hashes their style).
 */
export function sharePages(options: { anchors: string }): PostBuildStep {
  return {
    name: 'share pages',
    async run({ site, base, siteUrl }) {
      if (process.env[SHARE_PAGES_SWITCH] === 'off') return `skipped (${SHARE_PAGES_SWITCH}=off)`;
      if (!siteUrl) throw new Error('astro.config: `site` is not set, so share pages cannot give their own address. Set SITE_URL.');
      const pages = await Promise.all(site.list('.html').map(async (file) => ({ path: pageOfFile(file), page: await site.text(file) })));
      const plan = planSharePages(pages, shareSite(base, siteUrl), loadAnchorRegistry(options.anchors)?.redirects ?? {});
      const files = await drawCards(plan.requests, site.pathOf(SITE_FILES.cards));
      const written = plan.sharePages(files);
      await writeSharePages(site, written);
      for (const { path: page, image } of plan.pageImages(files)) {
        const file = fileOfPage(page);
        await site.write(file, withPreviewImage(await site.text(file), image, file));
      }
      await pruneCardCache();
      const drawn = files.filter((f) => f.rendered).length;
      return `${written.length} share pages; ${new Set(files.map((f) => f.file)).size} cards, ${drawn} drawn, ${files.length - drawn} from the cache`;
    },
  };
}

/** The site's languages, words and addresses, as the plan takes them. */
export function shareSite(base: string, siteUrl: string): ShareSite {
  const languages = Object.fromEntries(
    LOCALE_CODES.map((locale) => {
      const t = strings(locale);
      return [
        LOCALES[locale].lang,
        {
          siteName: `${t.site.name}${t.site.nameSeparator}${t.site.tagline}`,
          locale: LOCALES[locale].ogLocale,
          words: { continueToSection: t.share.continueToSection, titleSeparator: t.site.titleSeparator },
          altSeparator: t.share.altSeparator,
        },
      ];
    }),
  );
  return {
    languages,
    pageUrl: (page) => new URL(hrefUnder(base, page), siteUrl).href,
    cardUrl: (file) => new URL(fileUnder(base, SITE_FILES.cards, file), siteUrl).href,
  };
}

/** Draws (or takes from the cache) every card, on worker threads started only if one must be drawn. */
async function drawCards(requests: Parameters<typeof writeCards>[0], outDir: string): Promise<CardFile[]> {
  const theme = cardTheme(readFileSync(TOKENS, 'utf8'));
  const workers = createCardWorkers({ theme });
  try {
    return await writeCards(requests, {
      outDir,
      theme,
      fonts: createFontSource(),
      rendererVersions: rendererVersions(),
      render: workers.render,
      concurrency: workers.size,
    });
  } finally {
    await workers.close();
  }
}

/** Writes the share pages; an address already taken by another page or file fails the build rather than replace it. */
async function writeSharePages(site: BuiltSite, pages: readonly PlannedPage[]): Promise<void> {
  const taken = pages.map((page) => fileOfPage(page.path)).filter((file) => site.has(file));
  if (taken.length > 0) {
    throw new Error(
      `A share page's address is already taken, so it would replace another page:\n${taken.map((file) => `    ${file}`).join('\n')}\n  Rename the id (with a redirect line in content/anchors.json), or move the page that is there.`,
    );
  }
  for (const page of pages) {
    const file = fileOfPage(page.path);
    await mkdir(path.dirname(site.pathOf(file)), { recursive: true });
    await site.write(file, page.html);
  }
}

/** The built file of a base-less page path: `/articles/x/y/` → `articles/x/y/index.html`; `/404.html` stays a file. */
const fileOfPage = (page: string) => (page.endsWith('/') ? `${page.slice(1)}index.html` : page.slice(1));
