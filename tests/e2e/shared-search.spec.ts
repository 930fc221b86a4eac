/**
 * A shared /search/?q= link: the page says at once that it is searching, before any module has
 * loaded (on a slow phone that can take seconds), and the results then replace the message; a query
 * typed before the scripts load is searched when they do; more results come five at a time. Desktop only (SCREEN_INDEPENDENT): the search page's messages, focus
 * and paging are the same at every size; the phone's search is covered in search.spec.ts.
 */
import { expect, type Page, test } from '@playwright/test';
import { SCREEN_INDEPENDENT, searchStatus } from './site.ts';

/** Holds the page's scripts back, as a slow connection would; returns what lets them through. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a shared search link says at once what it is searching for, then shows the results', SCREEN_INDEPENDENT, async ({ page }) => {
  const release = await holdScripts(page);
  // The held module keeps the document from finishing; the message is there as soon as it is parsed.
  await page.goto('search/?q=AMPA', { waitUntil: 'commit' });
  const status = searchStatus(page);
  await expect(status).toHaveText('Searching for “AMPA”…');
  await expect(page.locator('main input[name="q"]')).toHaveValue('AMPA');
  release();
  await expect(status).toContainText('for “AMPA”');
  await expect(status).not.toContainText('Searching');
  await expect(page.locator('#search-results .result').first()).toBeVisible();
});

test('a query typed before the search script has loaded is searched, not wiped', SCREEN_INDEPENDENT, async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('search/', { waitUntil: 'commit' });
  const box = page.locator('main input[name="q"]');
  await box.fill('glutamate');
  release();
  await expect(searchStatus(page)).toContainText(/\d+ results? for “glutamate”/);
  await expect(box).toHaveValue('glutamate');
});

test('results come five at a time; "Show more results" adds the next ones and moves focus to them', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('search/?q=ketamine');
  const status = searchStatus(page);
  await expect(status).toContainText('the best 5 shown');
  const total = Number(/(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);
  const results = page.locator('#search-results > li.result');
  await expect(results).toHaveCount(5);
  await page.getByRole('button', { name: 'Show more results' }).click();
  // Five more; when only one would be left after them, it comes too, rather than needing a click of its own.
  await expect(results).toHaveCount(Math.min(total, total - 10 === 1 ? 11 : 10));
  await expect(results.nth(5).getByRole('link').first()).toBeFocused();
  const shown = await results.count();
  if (shown < total) await expect(status).toContainText(`the best ${shown} shown`);
  else await expect(page.getByRole('button', { name: 'Show more results' })).toHaveCount(0);
});
