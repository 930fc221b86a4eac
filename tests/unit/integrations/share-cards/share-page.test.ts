/**
 * Share pages, read back as a link previewer reads them (tests/support/unfurl.ts), in English and
 * Japanese, and the image tags a built page gets. (The W3C Nu Html Checker reads every share page
 * of the built site: npm run check:html.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderSharePage, type SharePageInput, sectionTarget, withPreviewImage } from '../../../../src/integrations/share-cards/share-page.ts';
import { PREVIEW_BYTES, sharePageProblems, unfurl, unfurlHtml } from '../../../support/unfurl.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'share-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const english: SharePageInput = {
  section: {
    id: 'likely-parent-trial',
    heading: 'The likely parent trial',
    description: 'In 2024 the same Keio–Yokohama group published the report of a ketamine trial in 34 patients with "treatment-resistant" depression & more.',
  },
  articleTitle: 'What the ketamine AMPA-receptor PET study found',
  articleUrl: 'https://example.org/base/articles/what-the-study-found/',
  pageUrl: 'https://example.org/base/share/what-the-study-found/likely-parent-trial/',
  image: { url: 'https://example.org/base/cards/x.0123456789ab.png', width: 1200, height: 630, alt: 'The likely parent trial', type: 'image/png' },
  siteName: 'Ketamine & AMPA receptors: an evidence explainer',
  lang: 'en',
  locale: 'en_GB',
  words: { continueToSection: 'Continue to the section', titleSeparator: ' · ' },
};

const japanese: SharePageInput = {
  ...english,
  section: { id: 'what-the-team-reports', heading: '研究チームが報告していること', description: 'プレスリリースは3つの結果を伝えています。' },
  articleTitle: 'ケタミンとAMPA受容体のPET研究でわかったこと',
  articleUrl: 'https://example.org/base/ja/articles/what-the-study-found/',
  pageUrl: 'https://example.org/base/ja/share/what-the-study-found/what-the-team-reports/',
  siteName: 'ケタミンとAMPA受容体：エビデンス解説',
  lang: 'ja',
  locale: 'ja_JP',
  words: { continueToSection: 'このセクションへ進む', titleSeparator: '｜' },
};

function write(name: string, input: SharePageInput): string {
  const file = path.join(dir, name, 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderSharePage(input));
  return file;
}

describe('a share page', () => {
  test.each([
    ['English', english],
    ['Japanese', japanese],
  ])('%s: a previewer reading its first 32 KB finds every tag issue 21 lists', async (_, input) => {
    const page = await unfurl(write(input.lang, input));
    expect(sharePageProblems(page, { pageUrl: input.pageUrl, articleUrl: input.articleUrl, id: input.section.id, lang: input.lang })).toEqual([]);
    expect(page).toMatchObject({
      title: `${input.section.heading}${input.words.titleSeparator}${input.articleTitle}${input.words.titleSeparator}${input.siteName}`,
      description: input.section.description,
      og: {
        'og:title': `${input.section.heading}${input.words.titleSeparator}${input.articleTitle}`,
        'og:description': input.section.description,
        'og:url': input.pageUrl,
        'og:type': 'article',
        'og:site_name': input.siteName,
        'og:locale': input.locale,
        'og:image': input.image.url,
        'og:image:width': '1200',
        'og:image:height': '630',
        'og:image:alt': input.image.alt,
      },
      robots: 'noindex',
      canonical: input.articleUrl,
    });
  });

  test('it sends a person to the section at once, and shows a link there for a browser that does not', () => {
    const html = renderSharePage(english);
    expect(unfurlHtml(html).refresh).toEqual({ seconds: 0, url: '/base/articles/what-the-study-found/#likely-parent-trial' });
    expect(html).toContain('<a href="/base/articles/what-the-study-found/#likely-parent-trial">Continue to the section</a>');
    expect(sectionTarget('https://example.org/articles/a/', 'b')).toBe('/articles/a/#b');
    expect(sectionTarget('https://example.org/articles/a/', '')).toBe('/articles/a/');
  });

  test('text is escaped, the page is small, and it has no script and no style attribute', () => {
    const html = renderSharePage(english);
    expect(html).toContain('&quot;treatment-resistant&quot; depression &amp; more.');
    expect(html).toContain('<p>Ketamine &amp; AMPA receptors: an evidence explainer</p>');
    expect(Buffer.byteLength(html)).toBeLessThan(PREVIEW_BYTES / 8);
    expect(html).not.toMatch(/<script|\sstyle="|\son[a-z]+=/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  test("a built page's image tags go just before twitter:card, escaped; a page without one is named", () => {
    const page = '<head><meta property="og:url" content="https://example.org/"><meta name="twitter:card" content="summary_large_image"></head>';
    const image = { ...english.image, alt: 'Glossary & terms' };
    expect(withPreviewImage(page, image, 'index.html')).toBe(
      '<head><meta property="og:url" content="https://example.org/"><meta property="og:image" content="https://example.org/base/cards/x.0123456789ab.png"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="Glossary &amp; terms"><meta name="twitter:card" content="summary_large_image"></head>',
    );
    expect(() => withPreviewImage('<head></head>', image, 'moved/index.html')).toThrow('moved/index.html: no <meta name="twitter:card">');
  });
});
