/**
 * The plan for a two-language site: a card per page and per place, a share page per place and per
 * old address the registry keeps, each right for a previewer, and each page's own image.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CardFile } from '../../../../src/integrations/share-cards/card-files.ts';
import { oldAddresses, pageName, planSharePages, type ShareSite } from '../../../../src/integrations/share-cards/share-plan.ts';
import { sharePageOf } from '../../../../src/lib/site.ts';
import { tempFolder } from '../../../support/temp-folder.ts';
import { sharePageProblems, unfurl } from '../../../support/unfurl.ts';

const folder = tempFolder('share-plan-');
afterAll(() => folder.remove());

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/share-cards/${name}`, import.meta.url), 'utf8');
const origin = 'https://example.org/base';
const EN_SITE = 'Ketamine & AMPA receptors: an evidence explainer';
const site: ShareSite = {
  languages: {
    en: { siteName: EN_SITE, locale: 'en_GB', words: { continueToSection: 'Continue to this part of the article', titleSeparator: ' · ' }, altSeparator: '. ' },
    ja: {
      siteName: 'ケタミンとAMPA受容体：エビデンス解説',
      locale: 'ja_JP',
      words: { continueToSection: '記事の該当箇所へ進む', titleSeparator: '｜' },
      altSeparator: '。',
    },
  },
  pageUrl: (page) => `${origin}${page}`,
  cardUrl: (file) => `${origin}/cards/${file}`,
};
const home = `<!DOCTYPE html><html lang="en"><head><title>${EN_SITE}</title><meta name="description" content="Plain explanations of one study."><meta property="og:title" content="${EN_SITE}"><meta name="twitter:card" content="summary_large_image"></head><body><main><h1>Start here</h1></main></body></html>`;
const ARTICLE = '/articles/what-the-study-found/';
const pages = [
  { path: '/', page: home },
  { path: ARTICLE, page: fixture('article-en.html') },
  { path: `/ja${ARTICLE}`, page: fixture('article-ja.html') },
  // A page without preview tags (a moved page's redirect) gets no card.
  { path: '/articles/old-name/', page: '<html lang="en"><head><title>This page has moved</title></head></html>' },
];
const redirects = {
  // A renamed section, a whole article moved, a removed claim sent to its page, and lines that are not about articles.
  [`${ARTICLE}#findings`]: `${ARTICLE}#what-the-team-reports`,
  '/articles/old-name/': ARTICLE,
  [`${ARTICLE}#gone`]: ARTICLE,
  '/glossary/#old-term': '/glossary/#pet',
  '/articles/a/#loop': '/articles/b/#loop',
  '/articles/b/#loop': '/articles/a/#loop',
};
const plan = planSharePages(pages, site, redirects);
const files: CardFile[] = plan.requests.map((r, i) => ({
  name: r.name,
  file: `${r.name}.${String(i).padStart(12, '0')}.png`,
  key: String(i),
  bytes: 1,
  rendered: true,
}));
const written = plan.sharePages(files);
const byPath = (page: string) => {
  const found = written.find((p) => p.path === page);
  if (!found) throw new Error(`no share page at ${page}`);
  return found;
};
/** Writes a planned page into the temporary folder and reads it back as a previewer would. */
const unfurled = async (page: string) => {
  const file = folder.path(`${page}index.html`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, byPath(page).html);
  return unfurl(file);
};
const cardOf = (name: string) => `${origin}/cards/${files.find((f) => f.name === name)?.file}`;

describe('planning cards', () => {
  test('one card per page with preview tags, then one per place of each article, each in its language', () => {
    expect(plan.requests.filter((r) => !r.name.split('--')[2]).map((r) => r.name)).toEqual([
      'en--home',
      'en--articles-what-the-study-found',
      'ja--articles-what-the-study-found',
    ]);
    expect(plan.requests).toHaveLength(3 + 15);
    expect(plan.requests.at(-1)).toMatchObject({
      name: 'ja--articles-what-the-study-found--finding-change-tracked-improvement',
      card: { heading: '変化と改善', siteName: 'ケタミンとAMPA受容体：エビデンス解説', lang: 'ja', label: { text: 'ヒトで支持' } },
    });
  });

  test("a page's card shows its title; the home page, titled with the site's name, shows its description under it", () => {
    expect(plan.requests[1]?.card).toEqual({ heading: 'What the ketamine AMPA-receptor PET study found', siteName: EN_SITE, lang: 'en' });
    expect(plan.requests[0]?.card).toEqual({ heading: EN_SITE, articleTitle: 'Plain explanations of one study.', siteName: EN_SITE, lang: 'en' });
  });

  test('card names: a page path without its language, the home page as "home"', () => {
    expect(pageName('/')).toBe('home');
    expect(pageName('/ja/')).toBe('home');
    expect(pageName('/ja/404.html')).toBe('404');
    expect(pageName('/ja/articles/x/')).toBe('articles-x');
  });
});

describe('share pages', () => {
  test('every place has one that passes the unfurl check and shows its own card', async () => {
    const places = plan.requests.filter((r) => r.name.split('--')[2]);
    for (const request of places) {
      const [lang, , id = ''] = request.name.split('--');
      const article = lang === 'en' ? ARTICLE : `/ja${ARTICLE}`;
      const page = sharePageOf(article, id);
      const seen = await unfurled(page);
      expect(sharePageProblems(seen, { pageUrl: `${origin}${page}`, articleUrl: `${origin}${article}`, id, lang: lang ?? '' }), page).toEqual([]);
      expect(seen.og['og:image']).toBe(cardOf(request.name));
      expect(seen.og['og:locale']).toBe(lang === 'ja' ? 'ja_JP' : 'en_GB');
    }
    expect(written.map((p) => p.path)).toContain('/ja/articles/what-the-study-found/who-took-part/');
  });

  test('a renamed place keeps its old share page: its own address, the new place, its card', async () => {
    const seen = await unfurled(`${ARTICLE}findings/`);
    const problems = sharePageProblems(seen, {
      pageUrl: `${origin}${ARTICLE}findings/`,
      articleUrl: `${origin}${ARTICLE}`,
      id: 'what-the-team-reports',
      lang: 'en',
    });
    expect(problems).toEqual([]);
    expect(seen.og['og:image']).toBe(cardOf('en--articles-what-the-study-found--what-the-team-reports'));
    expect(seen.og['og:title']).toBe('What the team reports · What the ketamine AMPA-receptor PET study found');
  });

  test("a moved article keeps every place's share page at its old address, each leading to the new one", async () => {
    const seen = await unfurled('/articles/old-name/who-took-part/');
    expect(seen.refresh).toEqual({ seconds: 0, url: `/base${ARTICLE}#who-took-part` });
    expect(seen.og['og:url']).toBe(`${origin}/articles/old-name/who-took-part/`);
    expect(written.filter((p) => p.path.startsWith('/articles/old-name/'))).toHaveLength(8);
  });

  test("a removed place sent to its page gets the page's own card and leads to the page", async () => {
    const seen = await unfurled(`${ARTICLE}gone/`);
    expect(seen.refresh).toEqual({ seconds: 0, url: `/base${ARTICLE}` });
    expect(seen.og['og:image']).toBe(cardOf('en--articles-what-the-study-found'));
    expect(seen.og['og:title']).toBe(`What the ketamine AMPA-receptor PET study found · ${EN_SITE}`);
    expect(seen.canonical).toBe(`${origin}${ARTICLE}`);
  });

  test('redirect lines of other pages, loops and lines to nowhere give no share page', () => {
    expect(written.map((p) => p.path).filter((p) => /glossary|\/articles\/[ab]\//.test(p))).toEqual([]);
    expect(oldAddresses({ '/articles/x/#a': '/articles/y/#b' }, new Map())).toEqual([{ path: '/articles/x/a/', target: '/articles/y/#b' }]);
    expect(
      planSharePages(pages, site, { '/articles/x/#a': '/articles/y/#b' })
        .sharePages(files)
        .some((p) => p.path === '/articles/x/a/'),
    ).toBe(false);
  });

  test('an id with its own line wins over what its page move implies', () => {
    const lines = { '/articles/old/': '/articles/new/', '/articles/old/#a': '/articles/new/#c' };
    const places = new Map([
      ['/articles/new/#a', 1],
      ['/articles/new/#c', 2],
    ]);
    expect(oldAddresses(lines, places)).toEqual([
      { path: '/articles/old/a/', target: '/articles/new/#c' },
      { path: '/articles/old/c/', target: '/articles/new/#c' },
    ]);
  });
});

describe('page images and mistakes', () => {
  test("each page with preview tags gets its own card's image, described in its language", () => {
    const images = plan.pageImages(files);
    expect(images.map((i) => i.path)).toEqual(['/', ARTICLE, `/ja${ARTICLE}`]);
    expect(images[2]?.image).toEqual({
      url: cardOf('ja--articles-what-the-study-found'),
      width: 1200,
      height: 630,
      type: 'image/png',
      alt: 'ケタミンとAMPA受容体のPET研究でわかったこと。ケタミンとAMPA受容体：エビデンス解説',
    });
  });

  test('a page in a language the site has no words for is an error naming it', () => {
    const french = '<html lang="fr"><head><meta property="og:title" content="A"></head><main><h2 id="a" data-anchor="section">A</h2></main></html>';
    expect(() => planSharePages([{ path: '/articles/x/', page: french }], site)).toThrow(
      '/articles/x/: the page is in "fr", and the share pages have no words for it.',
    );
  });

  test('share pages without the card files say what to pass', () => {
    expect(() => plan.sharePages([])).toThrow(
      'No card file for /articles/what-the-study-found/#takeaway-receptors-imaged: pass the files writeCards returned for plan.requests.',
    );
  });
});
