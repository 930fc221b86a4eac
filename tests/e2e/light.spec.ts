import { expect, test } from '@playwright/test';
import { missingWithoutJs, readingBlocks } from '../../scripts/bench/reading-text.ts';
import { builtPages, readingPages } from './site.ts';

test.describe('without JavaScript', () => {
  test('every page can be read in full: nothing a reader sees with JavaScript is missing without it', async ({ browser }) => {
    test.setTimeout(120_000); // two loads of every reading page
    const withJs = await browser.newPage();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const withoutJs = await context.newPage();
    const missing: string[] = [];
    for (const path of readingPages()) {
      await withJs.goto(path);
      await withJs.waitForLoadState('networkidle');
      await withoutJs.goto(path);
      const plain = await withoutJs.locator('main').evaluate(readingBlocks);
      expect(plain.length, `${path} has a heading and text without JavaScript`).toBeGreaterThanOrEqual(2);
      const enhanced = await withJs.locator('main').evaluate(readingBlocks);
      missing.push(...missingWithoutJs(enhanced, plain).map((block) => `${path || '/'}: "${block.slice(0, 80)}"`));
    }
    await context.close();
    expect(missing).toEqual([]);
  });
});

test.describe('light pages', () => {
  test('no page loads a web font, from anywhere', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    for (const path of builtPages()) {
      await page.goto(path);
      expect(await page.evaluate(() => document.fonts.size), `@font-face rules on ${path}`).toBe(0);
    }
    expect(fonts).toEqual([]);
  });

  test('reading pages load the search engine only when a search is made', async ({ page }) => {
    const searchEngine: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) searchEngine.push(request.url());
    });
    for (const path of readingPages()) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(searchEngine).toEqual([]);
    await page.goto('search/?q=AMPA');
    await expect.poll(() => searchEngine.length).toBeGreaterThan(0);
  });
});
