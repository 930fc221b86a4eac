/**
 * The share-pages step on a small built site: a share page per place and per old address, card
 * files with a hash in their names, every page's own og:image, and the mistakes it refuses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runSteps } from '../../../../src/integrations/post-build/index.ts';
import { SHARE_PAGES_SWITCH, sharePages, shareSite } from '../../../../src/integrations/post-build/share-pages.ts';
import { type TempFolder, tempFolder } from '../../../support/temp-folder.ts';
import { checkCardImage, sharePageProblems, unfurl } from '../../../support/unfurl.ts';

const folders: TempFolder[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
  vi.unstubAllEnvs();
});

const head = (title: string) =>
  `<meta charset="utf-8"><title>${title}</title><meta name="description" content="About ${title}."><meta property="og:title" content="${title}"><meta property="og:url" content="x"><meta name="twitter:card" content="summary_large_image">`;
const article = `<!DOCTYPE html><html lang="en"><head>${head('An article')}</head><body><main><h1>An article</h1><h2 id="s" data-anchor="section"><a href="#s">A section</a></h2><p>What the section says.</p></main></body></html>`;

function builtSite(extra: Record<string, string> = {}) {
  const folder = tempFolder('share-step-');
  folders.push(folder);
  folder.write({
    'dist/index.html': `<!DOCTYPE html><html lang="en"><head>${head('Home')}</head><body><main><h1>Home</h1></main></body></html>`,
    'dist/articles/a/index.html': article,
    'dist/articles/a/cite.bib': '@misc{a}',
    'anchors.json': JSON.stringify({ pages: {}, redirects: { '/articles/a/#old': '/articles/a/#s' } }),
    ...extra,
  });
  return folder;
}

const logger = () => ({ info: vi.fn(), warn: vi.fn() }) as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn> };
const run = (folder: TempFolder, siteUrl: string | undefined = 'https://example.org') =>
  runSteps([sharePages({ anchors: folder.path('anchors.json') })], { dir: folder.path('dist'), base: '/b/', siteUrl, logger: logger() });

describe('the share-pages step', () => {
  test('writes a share page per place and per old address, the cards, and each page its og:image', { timeout: 120_000 }, async () => {
    const folder = builtSite();
    await run(folder);
    const live = await unfurl(folder.path('dist/articles/a/s/index.html'));
    expect(
      sharePageProblems(live, { pageUrl: 'https://example.org/b/articles/a/s/', articleUrl: 'https://example.org/b/articles/a/', id: 's', lang: 'en' }),
    ).toEqual([]);
    const old = await unfurl(folder.path('dist/articles/a/old/index.html'));
    expect(old.og['og:url']).toBe('https://example.org/b/articles/a/old/');
    expect(old.refresh?.url).toBe('/b/articles/a/#s');
    expect(old.og['og:image']).toBe(live.og['og:image']);

    const cards = readdirSync(folder.path('dist/cards'));
    expect(cards.sort()).toEqual([
      expect.stringMatching(/^en--articles-a--s\.[0-9a-f]{12}\.png$/),
      expect.stringMatching(/^en--articles-a\.[0-9a-f]{12}\.png$/),
      expect.stringMatching(/^en--home\.[0-9a-f]{12}\.png$/),
    ]);
    for (const card of cards) expect((await checkCardImage(folder.path(`dist/cards/${card}`))).problems).toEqual([]);

    const home = await unfurl(folder.path('dist/index.html'));
    expect(home.og['og:image']).toMatch(/^https:\/\/example\.org\/b\/cards\/en--home\.[0-9a-f]{12}\.png$/);
    expect(home.og['og:image:alt']).toBe('Home. Ketamine & AMPA receptors: an evidence explainer');
    expect(readFileSync(folder.path('dist/articles/a/index.html'), 'utf8')).toContain(
      '<meta property="og:image:alt" content="An article. Ketamine &amp; AMPA receptors: an evidence explainer"><meta name="twitter:card"',
    );
  });

  test('a share page never replaces a page already at its address', async () => {
    const folder = builtSite({ 'dist/articles/a/s/index.html': '<p>Something else</p>' });
    await expect(run(folder)).rejects.toThrow("A share page's address is already taken, so it would replace another page:\n    articles/a/s/index.html");
  });

  test('needs the public address, and can be switched off for the bench', async () => {
    const noAddress = builtSite();
    await expect(
      runSteps([sharePages({ anchors: noAddress.path('anchors.json') })], { dir: noAddress.path('dist'), base: '/', siteUrl: undefined, logger: logger() }),
    ).rejects.toThrow('Set SITE_URL.');
    vi.stubEnv(SHARE_PAGES_SWITCH, 'off');
    const folder = builtSite();
    await run(folder);
    expect(existsSync(folder.path('dist/articles/a/s/index.html'))).toBe(false);
  });

  test("the site's words, locales and addresses for the plan, per language", () => {
    const site = shareSite('/b/', 'https://example.org');
    expect(site.languages['ja']).toMatchObject({
      locale: 'ja_JP',
      words: { continueToSection: '記事の該当箇所へ進む', titleSeparator: '｜' },
      altSeparator: '。',
    });
    expect(site.languages['en']?.siteName).toBe('Ketamine & AMPA receptors: an evidence explainer');
    expect(site.pageUrl('/ja/articles/x/y/')).toBe('https://example.org/b/ja/articles/x/y/');
    expect(site.cardUrl('en--home.0123456789ab.png')).toBe('https://example.org/b/cards/en--home.0123456789ab.png');
  });
});
