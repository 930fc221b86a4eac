/**
 * Every built page, loaded once with JavaScript (and each reading page once more without it), for
 * every check that must hold on all of them: what a page requests, stores, loads and logs, and
 * that its text is there without JavaScript. Loading every page is most of what these checks cost,
 * so they share one sweep instead of one each (they were five tests in security, privacy and light
 * specs); each still names its own failures, and all of them are reported at once.
 *
 * Desktop only (playwright.config.ts SCREEN_INDEPENDENT_SPECS): which hosts a page asks, what it
 * stores, whether it loads fonts or the search engine, what its policy blocks and what text is in it
 * are decided by the HTML and scripts, which are the same at every screen size.
 */
import { expect, test, type Page } from '@playwright/test';
import { layoutShift } from '../../scripts/bench/layout-shift.ts';
import { missingWithoutJs, readingBlocks } from '../../scripts/bench/reading-text.ts';
import { articlePages, builtPages, expectSearchResults, readingPages, recordTrouble } from './site.ts';
import { CHECKED_SECTIONS, englishPhrases, interfaceRegions, textOfRegions } from './interface-words.ts';

/** English interface words of the parts of the site the dictionary's CHECKED_SECTIONS name. */
const ENGLISH = englishPhrases(CHECKED_SECTIONS);

test('every page, a search and a citation: no other host, no cookie, no web font, no search engine before a search, nothing blocked, no script error, no layout shift to speak of, all text without JavaScript, and no English interface word on a Japanese page', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  // Every page twice (with and without JavaScript) and a pause for the network to go quiet on each:
  // about 30 s on an idle 2-core machine.
  test.setTimeout(240_000);
  const own = new URL(baseURL ?? '').host;
  const elsewhere: string[] = [];
  const fonts: string[] = [];
  const searchEngine: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.host !== own) elsewhere.push(`${page.url()} → ${request.url()}`);
    if (request.resourceType() === 'font') fonts.push(request.url());
    if (url.pathname.includes('/pagefind/')) searchEngine.push(`${page.url()} → ${request.url()}`);
  });
  const trouble = await recordTrouble(page);
  const withoutJsContext = await browser.newContext({ javaScriptEnabled: false });
  const withoutJs = await withoutJsContext.newPage();
  const reading = new Set(readingPages());
  const missing: string[] = [];
  const english: string[] = [];
  const firstJapaneseArticle = builtPages().find((path) => path.startsWith('ja/articles/'));

  for (const path of builtPages()) {
    const engineBefore = searchEngine.length;
    await page.goto(path);
    // Quiet for half a second: whatever a page fetches after loading (lazily, on idle) has been asked for.
    await page.waitForLoadState('networkidle');
    expect.soft(await page.evaluate(() => document.cookie), `cookie set by /${path}`).toBe('');
    expect.soft(await page.evaluate(() => document.fonts.size), `@font-face rules on /${path}`).toBe(0);
    // Below 0.01, which costs no Lighthouse point: Japanese text can nudge the header by a few pixels
    // while this machine's fallback fonts load (0.003 seen); the header that wrapped late was 0.69.
    expect.soft(await page.evaluate(layoutShift), `layout shift on /${path} (Lighthouse counts it)`).toBeLessThan(0.01);
    const regions = interfaceRegions(path);
    if (regions) {
      const text = await page.evaluate(textOfRegions, regions);
      english.push(...ENGLISH.filter((phrase) => text.includes(phrase)).map((phrase) => `/${path}: "${phrase}"`));
    }
    // What the scripts write speaks the page's language too: a citation's preview and a term's definition.
    if (path === firstJapaneseArticle) await expectJapaneseScripts(page);
    if (!reading.has(path)) continue;
    expect.soft(searchEngine.slice(engineBefore), `/${path} loads the search engine before any search`).toEqual([]);

    // Nothing a reader sees with JavaScript is missing without it.
    await withoutJs.goto(path);
    const plain = await withoutJs.locator('main').evaluate(readingBlocks);
    expect.soft(plain.length, `/${path} has a heading and text without JavaScript`).toBeGreaterThanOrEqual(2);
    const enhanced = await page.locator('main').evaluate(readingBlocks);
    missing.push(...missingWithoutJs(enhanced, plain).map((block) => `/${path}: "${block.slice(0, 80)}"`));
  }
  await withoutJsContext.close();

  // What runs only on use: a search, which loads the search engine, and following a citation.
  const engineBefore = searchEngine.length;
  await page.goto('search/?q=ketamine');
  await expectSearchResults(page);
  expect(searchEngine.length, 'a search loads the search engine').toBeGreaterThan(engineBefore);
  await page.goto(articlePages()[0] ?? '');
  await page.locator('main a[href*="#ref-"]').first().click();
  await page.waitForLoadState('networkidle');

  expect.soft(missing, 'text missing without JavaScript').toEqual([]);
  expect.soft(english, 'English interface words on Japanese pages').toEqual([]);
  expect.soft(elsewhere, 'requests to other hosts').toEqual([]);
  expect.soft(fonts, 'font requests').toEqual([]);
  expect.soft(await context.cookies(), 'cookies').toEqual([]);
  expect.soft(trouble.violations, 'Content-Security-Policy violations').toEqual([]);
  expect.soft(trouble.errors, 'console errors and uncaught exceptions').toEqual([]);
});

/** On a Japanese article: a citation's preview is headed 「文献N」, and a glossary term shows its Japanese definition. */
async function expectJapaneseScripts(page: Page): Promise<void> {
  const citation = page.locator('main a.citation-ref').first();
  const number = (await citation.textContent())?.trim();
  await citation.focus();
  await page.keyboard.press('Enter');
  const preview = page.getByRole('dialog', { name: `文献${number}` });
  await expect.soft(preview).toBeVisible();
  await expect.soft(preview.getByRole('link', { name: `一覧で文献${number}を見る` })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('main a.glossary-term').first().focus();
  await expect.soft(page.getByRole('tooltip')).toContainText(/[ぁ-んァ-ヶ一-龠]{4}/);
}
