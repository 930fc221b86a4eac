/**
 * The post-build steps that see the site in all its languages at once: the same ids on every page
 * in each language (same-ids.ts), and the sitemap's language alternates (sitemap.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runSteps } from '../../../../src/integrations/post-build/index.ts';
import { sameIds } from '../../../../src/integrations/post-build/same-ids.ts';
import { sitemap } from '../../../../src/integrations/post-build/sitemap.ts';
import type { PostBuildStep } from '../../../../src/integrations/post-build/step.ts';
import { type TempFolder, tempFolder } from '../../../support/temp-folder.ts';

const folders: TempFolder[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

const logger = () => ({ info: vi.fn(), warn: vi.fn() }) as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn> };

/** Runs one step on a site of these files; resolves with what it said. */
async function run(step: PostBuildStep, files: Record<string, string>): Promise<{ said: string; dir: string }> {
  const folder = tempFolder('languages-');
  folders.push(folder);
  const log = logger();
  await runSteps([step], { dir: folder.write(files), base: '/', siteUrl: 'https://example.org', logger: log });
  return { said: String(log.info.mock.calls[0]?.[0]).replace(/ \(\d+ ms\)$/, ''), dir: folder.dir };
}

/** A built article: sections and a reference entry, in the reading part of the page; layout headings outside it. */
const article = (sections: string[], references: string[], layout = '') =>
  `<html><body><h2 id="search-dialog-title">Search</h2>${layout}<article data-pagefind-body>${sections
    .map((id) => `<h2 id="${id}" data-anchor="section">${id}</h2>`)
    .join('')}<ol>${references.map((key) => `<li id="ref-${key}">${key}</li>`).join('')}</ol></article></body></html>`;
const noindex = '<html><head><meta name="robots" content="noindex"></head><body><h1 id="lost">Not found</h1></body></html>';

describe('the same ids in every language', () => {
  test('pages with the same public ids pass; the headings outside the reading part of a page are its own', async () => {
    const { said } = await run(sameIds, {
      'articles/x/index.html': article(['one', 'two'], ['alpha2000'], '<h2 id="az-a">A</h2><h2 id="day-2026-12-06">6 December</h2>'),
      'ja/articles/x/index.html': article(['one', 'two'], ['alpha2000'], '<h2 id="az-other">他</h2>'),
      '404.html': noindex,
      'ja/404.html': '<html><head><meta name="robots" content="noindex"></head><body></body></html>',
    });
    expect(said).toBe('same ids in every language: 1 page has the same ids in en and ja');
  });

  test('a site in one language has nothing to compare', async () => {
    expect((await run(sameIds, { 'index.html': article(['one'], []) })).said).toBe('same ids in every language: one language only: nothing to compare');
  });

  test('an id or a page in one language only fails the build, naming both files and the id', async () => {
    const failure = run(sameIds, {
      'articles/x/index.html': article(['one', 'two'], ['alpha2000']),
      'ja/articles/x/index.html': article(['one', 'extra'], ['alpha2000', 'beta2001']),
      'articles/only-english/index.html': article(['one'], []),
      'ja/only-japanese/index.html': article(['one'], []),
    });
    await expect(failure).rejects.toThrow(
      [
        'Same ids in every language failed; the output folder was removed.',
        '',
        '5 differences between the languages: a link, a share or the language switch would land differently in each.',
        '  articles/only-english/index.html has no ja page: every page is published in every language.',
        '  ja/articles/x/index.html has no id "two", which articles/x/index.html has.',
        '  ja/articles/x/index.html has the id "extra", which articles/x/index.html has not.',
        '  ja/articles/x/index.html has the id "ref-beta2001", which articles/x/index.html has not (a reference: both pages must cite [@beta2001]).',
        '  ja/only-japanese/index.html has no English page (the same page without the /ja/ prefix).',
      ].join('\n'),
    );
  });
});

describe('the sitemap', () => {
  test('lists each page in every language it exists in, and the default language as x-default; a page in one language has no alternates', async () => {
    const { said, dir } = await run(sitemap, {
      'index.html': '<p>home</p>',
      'ja/index.html': '<p>ホーム</p>',
      'only-english/index.html': '<p>one language</p>',
      '404.html': noindex,
    });
    expect(said).toBe('sitemap: sitemap.xml lists 3 pages (1 in more than one language, with their alternates)');
    const xml = readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const alternates = [
      '    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/"/>',
      '    <xhtml:link rel="alternate" hreflang="ja" href="https://example.org/ja/"/>',
      '    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/"/>',
    ].join('\n');
    expect(xml).toContain(`  <url><loc>https://example.org/</loc>\n${alternates}\n  </url>`);
    expect(xml).toContain(`  <url><loc>https://example.org/ja/</loc>\n${alternates}\n  </url>`);
    expect(xml).toContain('  <url><loc>https://example.org/only-english/</loc></url>');
  });
});
