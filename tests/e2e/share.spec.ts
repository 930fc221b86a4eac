/**
 * Share links (issue 21). Every share page, fetched and read as a link previewer reads it (its
 * first 32 KB, no JavaScript, no fragment), with the card image it names; every other page's own
 * card; and a person opening a share link, who lands on its section below the header, at desktop
 * and phone sizes (playwright.config.ts projects), in both languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, test } from '@playwright/test';
import { deployment } from '../../src/config/deployment.ts';
import { strings } from '../../src/lib/i18n/index.ts';
import { followRedirects, splitLink } from '../../src/lib/anchor-registry.ts';
import { isArticlePage, LOCALE_CODES, LOCALES, sharePageOf, splitLocale } from '../../src/lib/site.ts';
import { checkCardImage, PREVIEW_BYTES, sharePageProblems, type Unfurl, unfurlHtml } from '../support/unfurl.ts';
import { expectLandedOn } from './landing.ts';
import { builtPages, DIST, SCREEN_INDEPENDENT, sharePages } from './site.ts';

const ARTICLE = 'articles/what-the-study-found/';
const registry = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as { pages: Record<string, string[]>; redirects: Record<string, string> };
const { site, base } = deployment();
/** An absolute address on the configured public site, from a base-less path. */
const publicUrl = (page: string) => new URL(`${base}${page.replace(/^\//, '')}`, site).href;
const localeOf = (page: string) => splitLocale(page).locale;

/** What a previewer gets from an address of the site under test: the first 32 KB, parsed. */
async function preview(request: APIRequestContext, page: string): Promise<{ status: number; seen: Unfurl; html: string }> {
  const response = await request.get(page.replace(/^\//, ''), { maxRedirects: 0 });
  const body = await response.body();
  const html = new TextDecoder().decode(body.subarray(0, PREVIEW_BYTES));
  return { status: response.status(), seen: unfurlHtml(html, body.length > PREVIEW_BYTES), html };
}

/** The card file an `og:image` address names, checked as a previewer would fetch it: 1200 × 630, at most 300 KB. */
async function cardProblems(url: string | undefined): Promise<string[]> {
  if (!url?.startsWith(publicUrl('cards/'))) return [`og:image ${url} is not a card of this site`];
  return (await checkCardImage(path.join(DIST, url.slice(publicUrl('').length)))).problems;
}

// What a previewer reads is the same whatever the screen: desktop only.
test.describe('share pages, as link previewers read them', SCREEN_INDEPENDENT, () => {
  test('every section and claim of every article, in every language, and every old address: every tag in the first 32 KB, and its card', async ({
    request,
  }) => {
    test.setTimeout(180_000); // a few hundred small pages and their cards
    // Every registered id of an article is a section or a claim (content/anchors.json), so each has a share page;
    // so does every old address of one that a redirect line keeps.
    const expected = Object.entries(registry.pages)
      .filter(([page]) => isArticlePage(page))
      .flatMap(([page, ids]) => ids.map((id) => ({ share: sharePageOf(page, id), target: `${page}#${id}` })));
    for (const from of Object.keys(registry.redirects).filter((link) => isArticlePage(splitLink(link).page) && splitLink(link).id)) {
      expected.push({ share: sharePageOf(splitLink(from).page, splitLink(from).id ?? ''), target: followRedirects(from, registry.redirects) });
    }
    expect(expected.length).toBeGreaterThan(200);
    expect(new Set(LOCALE_CODES.filter((locale) => expected.some((e) => localeOf(e.share) === locale)))).toEqual(new Set(LOCALE_CODES));

    const problems: string[] = [];
    for (const { share, target } of expected) {
      const { status, seen, html } = await preview(request, share);
      const { page, id = '' } = splitLink(target);
      const locale = localeOf(share);
      const found = [
        ...(status === 200 ? [] : [`status ${status}`]),
        ...sharePageProblems(seen, { pageUrl: publicUrl(share), articleUrl: publicUrl(page), id, lang: LOCALES[locale].lang }),
        ...(seen.og['og:locale'] === LOCALES[locale].ogLocale ? [] : [`og:locale is ${seen.og['og:locale']}`]),
        ...(seen.truncated ? ['longer than 32 KB'] : []),
        ...(html.includes(`>${strings(locale).share.continueToSection}</a>`) ? [] : ['no visible link to the section, in its language']),
        ...(await cardProblems(seen.og['og:image'])),
      ];
      problems.push(...found.map((problem) => `${share}: ${problem}`));
    }
    expect(problems).toEqual([]);
    // Nothing else was written as a share page.
    expect(
      sharePages()
        .map((page) => `/${page}`)
        .sort(),
    ).toEqual(expected.map((e) => e.share).sort());
  });

  test('every other page has its own card, for the large preview', async ({ request }) => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const { seen } = await preview(request, page);
      if (seen.twitter['twitter:card'] !== 'summary_large_image') problems.push(`/${page}: twitter:card is ${seen.twitter['twitter:card']}`);
      for (const tag of ['og:image:width', 'og:image:height', 'og:image:alt']) if (!seen.og[tag]) problems.push(`/${page}: no ${tag}`);
      problems.push(...(await cardProblems(seen.og['og:image'])).map((problem) => `/${page}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  test('share pages are in neither the sitemap nor the search index', async ({ request }) => {
    const sitemap = await (await request.get('sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>${publicUrl(ARTICLE)}</loc>`);
    expect(sitemap).not.toContain(publicUrl(`${ARTICLE}who-took-part/`));
    // Pagefind counts the pages it indexed in each language: the pages with a body to search, and no share page.
    const entry = (await (await request.get('pagefind/pagefind-entry.json')).json()) as { languages: Record<string, { page_count: number }> };
    for (const locale of LOCALE_CODES) {
      const searchable = builtPages().filter(
        (page) =>
          localeOf(`/${page}`) === locale &&
          readFileSync(path.join(DIST, page.endsWith('/') || page === '' ? `${page}index.html` : page), 'utf8').includes('data-pagefind-body'),
      );
      expect(entry.languages[LOCALES[locale].lang]?.page_count, locale).toBe(searchable.length);
    }
  });
});

test.describe('opening a share link', () => {
  for (const locale of LOCALE_CODES) {
    const prefix = locale === 'en' ? '' : `${locale}/`;
    test(`lands on its section or claim, below the header (${LOCALES[locale].name})`, async ({ page }) => {
      for (const id of ['who-took-part', 'finding-change-tracked-improvement']) {
        await page.goto(`${prefix}${ARTICLE}${id}/`);
        await expect(page).toHaveURL(new RegExp(`/${prefix}${ARTICLE}#${id}$`));
        await expectLandedOn(page, page.locator(`#${id}`));
        await expect(page.locator(':target')).toHaveId(id);
      }
    });
  }
});
