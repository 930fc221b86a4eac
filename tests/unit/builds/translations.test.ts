/**
 * A site with a translation (the base fixture site and its Japanese edition, base-ja), built whole,
 * after an English change that is neither a correction nor an update: the build passes, the
 * Japanese page says the English has changed since, with a link to the English page, and
 * everything else of the edition is in place (every page in both languages, the same ids, the
 * sitemap's alternates). The cases where the build must fail are in build-errors.test.ts
 * (tests/fixtures/sites/translation-*).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attr, parseHtml, select, textOf } from '../../support/html.ts';
import { BUILD_TIMEOUT, type BuildResult, buildFixture } from './fixture-build.ts';

const sites = 'tests/fixtures/sites';
const work = mkdtempSync(path.join(tmpdir(), 'translation-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let result: BuildResult;
const page = (file: string) => parseHtml(readFileSync(path.join(result.outDir, file), 'utf8'));

beforeAll(async () => {
  const content = path.join(work, 'content');
  for (const layer of ['base', 'base-ja']) cpSync(path.join(sites, layer), content, { recursive: true });
  // Reworded English, with no history entry: not a correction, so the translation may stay as it is for now.
  const english = path.join(content, 'articles', 'sample.mdx');
  writeFileSync(english, readFileSync(english, 'utf8').replace('A sentence with a citation', 'A reworded sentence with a citation'));
  result = await buildFixture(content, work, 'site');
}, BUILD_TIMEOUT);

describe('a site with a Japanese edition', () => {
  test('builds, with every page in both languages and the same ids in each', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/same ids in every language: \d+ pages have the same ids in en and ja/);
    expect(result.output).toContain('1 of 3 translated pages follows an English page that has changed since; it says so to readers');
  });

  test('the Japanese page says the English has changed since its translation, and links to it; the English page says nothing', () => {
    const notice = select('[role="note"].translation-notice', page('ja/articles/sample/index.html'));
    expect(textOf(notice)).toContain('2026年11月26日時点の英語版');
    const link = select('a', notice);
    expect(attr(link, 'href')).toBe('/articles/sample/');
    expect(attr(link, 'hrefLang')).toBe('en');
    expect(select('.translation-notice', page('articles/sample/index.html'))).toBeUndefined();
  });

  test("the sitemap lists each page's languages, and English as the default", () => {
    const sitemap = readFileSync(path.join(result.outDir, 'sitemap.xml'), 'utf8');
    const entry = /<url><loc>[^<]*\/ja\/articles\/sample\/<\/loc>([\s\S]*?)<\/url>/.exec(sitemap)?.[1] ?? '';
    expect([...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${new URL(href ?? '').pathname}`)).toEqual([
      'en /articles/sample/',
      'ja /ja/articles/sample/',
      'x-default /articles/sample/',
    ]);
  });
});
