/**
 * The site module builds every address: base path, trailing slash, fragment, language prefix. The
 * `…Under(base, …)` forms are what build-time code uses; the render-time forms read the base the
 * site was built for, which is `/` under vitest.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  articlePath,
  citeFile,
  fileUnder,
  hrefUnder,
  isArticlePage,
  isSharePage,
  type Locale,
  normaliseBase,
  pageOf,
  pageOfFile,
  pathUnder,
  referenceFile,
  routeParam,
  SITE_FILES,
  sharePageOf,
  siteFile,
  siteHref,
  sitePath,
  splitLocale,
  withoutBase,
} from '../../../src/lib/site.ts';

/** A second language, as the Japanese edition will add it: the functions take any code LOCALES will list. */
const ja = 'ja' as Locale;

describe('share pages', () => {
  test("a place's share page is its article's address and its id, in any form of the address", () => {
    expect(sharePageOf('/articles/x/', 'who-took-part')).toBe('/articles/x/who-took-part/');
    expect(sharePageOf('/b/ja/articles/x', 'y')).toBe('/b/ja/articles/x/y/');
    expect(sharePageOf('https://example.org/b/articles/x/', 'y')).toBe('https://example.org/b/articles/x/y/');
  });

  test('share pages and articles are told from every other page, in every language', () => {
    for (const page of ['/articles/x/y/', '/ja/articles/x/y/']) expect(isSharePage(page), page).toBe(true);
    for (const page of ['/articles/x/', '/ja/articles/x/', '/glossary/', '/articles/x/y/z/', '/other/articles/x/y/'])
      expect(isSharePage(page), page).toBe(false);
    for (const page of ['/articles/x/', '/ja/articles/x/']) expect(isArticlePage(page), page).toBe(true);
    for (const page of ['/articles/', '/articles/x/y/', '/ja/glossary/', '/']) expect(isArticlePage(page), page).toBe(false);
  });
});

describe('the site module', () => {
  test('normalises the base path, whatever slashes BASE_PATH was written with', () => {
    for (const raw of ['/', '', '//']) expect(normaliseBase(raw)).toBe('/');
    for (const raw of ['/ketamine-ampa/', 'ketamine-ampa', '/ketamine-ampa', 'ketamine-ampa//']) expect(normaliseBase(raw)).toBe('/ketamine-ampa/');
  });

  test('pages end in a slash, fragments come last, files have no slash after them', () => {
    expect(pathUnder('/', 'articles', 'x')).toBe('/articles/x/');
    expect(pathUnder('/b/', 'articles', 'x', '#who-took-part')).toBe('/b/articles/x/#who-took-part');
    expect(pathUnder('/b', '/glossary/')).toBe('/b/glossary/');
    expect(pathUnder('/b/')).toBe('/b/');
    expect(pathUnder('/', '#main')).toBe('/#main');
    expect(fileUnder('/b/', SITE_FILES.glossary)).toBe('/b/glossary.json');
    expect(fileUnder('/', 'references', referenceFile('berman2000', 'bib'))).toBe('/references/berman2000.bib');
  });

  test('the default language has no prefix; another language is under its code', () => {
    expect(pathUnder('/b/', 'glossary', { locale: 'en' })).toBe('/b/glossary/');
    expect(pathUnder('/b/', 'glossary', '#pet', { locale: ja })).toBe('/b/ja/glossary/#pet');
    expect(pathUnder('/', { locale: ja })).toBe('/ja/');
    expect(fileUnder('/b/', SITE_FILES.glossary, { locale: ja })).toBe('/b/ja/glossary.json');
    expect(hrefUnder('/b/', '/articles/x/#id', { locale: ja })).toBe('/b/ja/articles/x/#id');
    expect(splitLocale('/ja/glossary/', ['en', 'ja'])).toEqual({ locale: 'ja', path: '/glossary/' });
    expect(splitLocale('/japan/', ['en', 'ja'])).toEqual({ locale: 'en', path: '/japan/' });
    expect(splitLocale('/glossary/')).toEqual({ locale: 'en', path: '/glossary/' });
  });

  test('registry links, built files and route parameters convert both ways', () => {
    expect(hrefUnder('/b/', '/articles/x/#id')).toBe('/b/articles/x/#id');
    expect(withoutBase('/b/', '/b/articles/x/')).toBe('/articles/x/');
    expect(withoutBase('/b/', '/elsewhere/')).toBe('/elsewhere/');
    expect(pageOfFile('index.html')).toBe('/');
    expect(pageOfFile('articles/x/index.html')).toBe('/articles/x/');
    expect(pageOfFile('404.html')).toBe('/404.html');
    expect(routeParam('/old/page/')).toBe('old/page');
  });

  test('render-time forms use the base the site is built for', () => {
    expect(sitePath('references', '#ref-x')).toBe('/references/#ref-x');
    expect(articlePath('x', 'limits')).toBe('/articles/x/#limits');
    expect(siteFile(SITE_FILES.feed)).toBe('/changes.xml');
    expect(siteHref('/glossary/#pet')).toBe('/glossary/#pet');
    expect(pageOf('/articles/x/')).toBe('/articles/x/');
    expect(citeFile('bib')).toBe('cite.bib');
  });

  test('every endpoint file the site names is a route in src/pages', () => {
    // Files a page in every language has: in src/pages/[...lang]/.
    const routes = readdirSync('src/pages/[...lang]').filter((name) => name.endsWith('.ts'));
    for (const name of [SITE_FILES.feed, SITE_FILES.glossary, SITE_FILES.searchTerms]) expect(routes).toContain(`${name}.ts`);
    expect(readdirSync('src/pages/[...lang]/articles/[slug]')).toContain(`${citeFile('[format]')}.ts`);
    expect(readdirSync('src/pages/references')).toContain(`${referenceFile('[key]', '[format]')}.ts`);
  });
});
