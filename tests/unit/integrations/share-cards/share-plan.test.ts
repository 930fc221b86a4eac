/** The plan for a two-language site: one card and one share page per place, each right for a previewer. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CardFile } from '../../../../src/integrations/share-cards/card-files.ts';
import { planSharePages, type ShareSite } from '../../../../src/integrations/share-cards/share-plan.ts';
import { sharePageProblems, unfurl } from '../../../support/unfurl.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'share-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/share-cards/${name}`, import.meta.url), 'utf8');
const origin = 'https://example.org/base/';
const prefix = (lang: string) => (lang === 'en' ? '' : `${lang}/`);
const site: ShareSite = {
  languages: {
    en: {
      siteName: 'Ketamine & AMPA receptors: an evidence explainer',
      locale: 'en_GB',
      words: { continueToSection: 'Continue to the section', titleSeparator: ' · ' },
      altSeparator: '. ',
    },
    ja: {
      siteName: 'ケタミンとAMPA受容体：エビデンス解説',
      locale: 'ja_JP',
      words: { continueToSection: 'このセクションへ進む', titleSeparator: '｜' },
      altSeparator: '。',
    },
  },
  articleUrl: (slug, lang) => `${origin}${prefix(lang)}articles/${slug}/`,
  shareUrl: (slug, id, lang) => `${origin}${prefix(lang)}share/${slug}/${id}/`,
  shareFile: (slug, id, lang) => `${prefix(lang)}share/${slug}/${id}/index.html`,
  cardUrl: (file) => `${origin}cards/${file}`,
};
const pages = [
  { slug: 'what-the-study-found', page: fixture('article-en.html') },
  { slug: 'what-the-study-found', page: fixture('article-ja.html') },
];

describe('planning share pages', () => {
  const plan = planSharePages(pages, site);
  const files: CardFile[] = plan.requests.map((r, i) => ({
    name: r.name,
    file: `${r.name}.${String(i).padStart(12, '0')}.png`,
    key: String(i),
    bytes: 1,
    rendered: true,
  }));

  test('one card per place, named by language, article and id, each in its language', () => {
    expect(plan.requests).toHaveLength(15);
    expect(plan.requests[0]?.name).toBe('en--what-the-study-found--takeaway-receptors-imaged');
    expect(plan.requests.at(-1)).toMatchObject({
      name: 'ja--what-the-study-found--finding-change-tracked-improvement',
      card: { heading: '変化と改善', siteName: 'ケタミンとAMPA受容体：エビデンス解説', lang: 'ja', label: { text: 'ヒトで支持' } },
    });
  });

  test('every share page passes the unfurl check and shows its own card', async () => {
    const written = plan.pages(files);
    expect(written.map((p) => p.file)).toContain('ja/share/what-the-study-found/who-took-part/index.html');
    for (const [i, page] of written.entries()) {
      const file = path.join(dir, page.file);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, page.html);
      const request = plan.requests[i];
      const [lang, slug, id] = request?.name.split('--') ?? [];
      if (!lang || !slug || !id) throw new Error(`bad name ${request?.name}`);
      const seen = await unfurl(file);
      expect(sharePageProblems(seen, { pageUrl: site.shareUrl(slug, id, lang), articleUrl: site.articleUrl(slug, lang), id, lang }), page.file).toEqual([]);
      expect(seen.og['og:image']).toBe(`${origin}cards/${files[i]?.file}`);
    }
  });

  test('a page in a language the site has no words for is an error naming it', () => {
    expect(() => planSharePages([{ slug: 'x', page: '<html lang="fr"><main><h2 id="a" data-anchor="section">A</h2></main></html>' }], site)).toThrow(
      'articles/x: the page is in "fr", and the share pages have no words for it.',
    );
  });

  test('pages() without the card files says what to pass', () => {
    expect(() => plan.pages([])).toThrow(
      'No card file for articles/what-the-study-found#takeaway-receptors-imaged: pass the files writeCards returned for plan.requests.',
    );
  });
});
