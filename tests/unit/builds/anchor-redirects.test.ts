/**
 * Redirect lines in the anchor registry, through a real build of the clean fixture site: the
 * moved page is written at its old address, the page with an old id carries the map its script
 * follows, `npm run anchors:update` writes the registry while keeping the redirect lines, and old
 * share links keep working (issue 21). The same build shows a share page for a section with no
 * words before its first subheading, and that a citation key with capitals keeps them all the way
 * (the article's citation links, the reference list, the references page, its files and the registry).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { anchorRegistrySchema } from '../../../src/schemas/anchors.ts';
import { checkCardImage, sharePageProblems, unfurl } from '../../support/unfurl.ts';
import { BUILD_TIMEOUT, buildFixture } from './fixture-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'anchor-redirects-'));
const content = path.join(work, 'content');
let dist = '';
const redirects = {
  '/articles/old-sample/': '/articles/sample/',
  '/articles/old-sample/#old-section': '/articles/sample/#a-section',
  '/articles/sample/#first-takeaway': '/articles/sample/#takeaway-first',
};
let output = '';
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

/** A reference whose key has capitals, cited by the sample article. */
const mixedCase = {
  id: 'ZetaReview2004',
  type: 'article-journal',
  title: 'Zeta review',
  author: [{ family: 'Zeta', given: 'Zoe' }],
  'container-title': 'Journal Z',
  issued: { 'date-parts': [[2004]] },
  DOI: '10.1000/zeta',
  custom: { kind: 'review', read: 'abstract' },
  note: 'test fixture record, not a real reference; its key has capitals',
};

beforeAll(async () => {
  cpSync('tests/fixtures/sites/base', content, { recursive: true });
  writeFileSync(path.join(content, 'anchors.json'), JSON.stringify({ pages: {}, redirects }));
  const references = path.join(content, 'references', 'references.json');
  writeFileSync(references, JSON.stringify([...(JSON.parse(readFileSync(references, 'utf8')) as unknown[]), mixedCase]));
  const article = path.join(content, 'articles', 'sample.mdx');
  writeFileSync(article, readFileSync(article, 'utf8').replace('[@alpha2000].', '[@alpha2000]. A review agrees [@ZetaReview2004].'));
  const result = await buildFixture(content, work, 'site', { ANCHORS_UPDATE: '1' });
  output = result.output;
  dist = result.outDir;
  expect(result.status, output).toBe(0);
}, BUILD_TIMEOUT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('redirect lines in a build', () => {
  test('anchors:update writes every public page and id, and keeps the redirect lines', () => {
    expect(output).toContain(`wrote ${path.join(content, 'anchors.json')}`);
    const registry = JSON.parse(readFileSync(path.join(content, 'anchors.json'), 'utf8')) as { pages: Record<string, string[]>; redirects: unknown };
    expect(registry.redirects).toEqual(redirects);
    expect(registry.pages['/articles/sample/']).toEqual([
      'takeaway-first',
      'takeaway-second',
      'takeaway-third',
      'a-section',
      'two-parts',
      'first-part',
      'what-this-does-not-show',
      'page-history',
    ]);
    expect(registry.pages).not.toHaveProperty(['/articles/old-sample/']);
  });

  test('a moved page is written at its old address: noindex, canonical to the new one, fragments mapped', () => {
    const html = read('articles/old-sample/index.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="http://localhost:4321/articles/sample/">');
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/articles/sample/"></noscript>');
    expect(html).toContain('data-fragments="{&quot;old-section&quot;:&quot;/articles/sample/#a-section&quot;}"');
  });

  test('a page with an old id carries the map its script follows', () => {
    expect(read('articles/sample/index.html')).toContain(
      '<script type="application/json" data-fragment-redirects>{"first-takeaway":"/articles/sample/#takeaway-first"}</script>',
    );
  });

  test('the sitemap leaves the old address out', () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('<loc>http://localhost:4321/articles/sample/</loc>');
    expect(sitemap).not.toContain('old-sample');
  });

  test('a citation key with capitals keeps them everywhere, and the registry takes its reference entry', () => {
    const article = read('articles/sample/index.html');
    expect(article).toContain('href="#ref-ZetaReview2004" id="cite-ZetaReview2004-1" data-ref="ZetaReview2004"');
    expect(article).toContain('<li id="ref-ZetaReview2004"');
    expect(read('references/index.html')).toContain('id="ref-ZetaReview2004"');
    expect(existsSync(path.join(dist, 'references', 'ZetaReview2004.bib'))).toBe(true);
    const registry = anchorRegistrySchema.parse(JSON.parse(readFileSync(path.join(content, 'anchors.json'), 'utf8')));
    expect(registry.pages['/references/']).toContain('ref-ZetaReview2004');
  });
});

describe('share pages in a build', () => {
  const site = 'http://localhost:4321';
  const shared = (file: string) => unfurl(path.join(dist, file, 'index.html'));

  test('a section with no words before its first subheading is described by the article, and the build goes on', async () => {
    const page = await shared('articles/sample/two-parts');
    expect(
      sharePageProblems(page, { pageUrl: `${site}/articles/sample/two-parts/`, articleUrl: `${site}/articles/sample/`, id: 'two-parts', lang: 'en' }),
    ).toEqual([]);
    expect(page.og['og:description']).toBe('A short article that builds cleanly, so each broken case differs from it by one thing.');
    expect((await shared('articles/sample/first-part')).og['og:description']).toMatch(/^The first part has words of its own/);
  });

  test('old share links keep working: each is its own page, showing the new place and leading there', async () => {
    const cases = [
      // A renamed takeaway, a section of a moved page with its own line, and a place whose whole page moved.
      { old: 'articles/sample/first-takeaway', now: 'takeaway-first' },
      { old: 'articles/old-sample/old-section', now: 'a-section' },
      { old: 'articles/old-sample/two-parts', now: 'two-parts' },
    ];
    for (const { old, now } of cases) {
      const page = await shared(old);
      expect(sharePageProblems(page, { pageUrl: `${site}/${old}/`, articleUrl: `${site}/articles/sample/`, id: now, lang: 'en' }), old).toEqual([]);
      expect(page.og['og:image'], old).toBe((await shared(`articles/sample/${now}`)).og['og:image']);
    }
  });

  test('every card named is in the build, 1200 × 630 and light enough', async () => {
    const page = await shared('articles/sample/a-section');
    const card = page.og['og:image']?.replace(`${site}/`, '') ?? '';
    expect(card).toMatch(/^cards\/en--articles-sample--a-section\.[0-9a-f]{12}\.png$/);
    expect((await checkCardImage(path.join(dist, card))).problems).toEqual([]);
  });
});
