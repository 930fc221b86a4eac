/**
 * The site built for a sub-folder (BASE_PATH=/ketamine-ampa/) and served there, as on GitHub Pages
 * or any host where it is not at the root. Run with playwright.base-path.config.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages, expectSearchResults, recordTrouble } from './site.ts';

test('every page, link and file stays inside the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL ?? '').pathname;
  expect(base).not.toBe('/');
  const outside: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(base)) outside.push(request.url());
  });
  const trouble = await recordTrouble(page);
  for (const path of builtPages()) {
    await page.goto(path);
    const links = await page
      .locator('a[href^="/"], link[href^="/"], form[action^="/"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('action') ?? ''));
    outside.push(...links.filter((href) => !href.startsWith(base)).map((href) => `${path}: ${href}`));
  }
  expect(outside).toEqual([]);
  expect(trouble.violations).toEqual([]);
  expect(trouble.errors).toEqual([]);
});

test('from the home page to an article, a citation, its reference and back', async ({ page, baseURL }) => {
  await page.goto('');
  await page.locator('main a[href*="/articles/"]').first().click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}articles/[a-z0-9-]+/`));
  // Followed by address, not by click: a citation preview may open on click instead.
  const reference = await follow(page, 'main a[href^="#ref-"]');
  await follow(page, `[id="${reference}"] a[href^="#cite-"]`);
});

/** Goes to the fragment the first matching link points to; checks its target is on screen; returns its id. */
async function follow(page: Page, selector: string): Promise<string> {
  const href = (await page.locator(selector).first().getAttribute('href')) ?? '';
  const url = new URL(href, page.url());
  await page.goto(url.href);
  const id = decodeURIComponent(url.hash.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  return id;
}

test('search finds sections and its results land on them', async ({ page, baseURL }) => {
  await page.goto('');
  // With JavaScript the header's search control opens the search dialog.
  await page.locator('[data-search-open]').click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('AMPA');
  const section = dialog.locator('a[href*="/articles/"][href*="#"]').first();
  await expect(section).toBeVisible();
  const href = (await section.getAttribute('href')) ?? '';
  expect(new URL(href, page.url()).href.startsWith(`${baseURL}articles/`)).toBe(true);
  await section.click();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(id).not.toBe('');
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('a missing page gets the helpful 404, whose search works', async ({ page, baseURL }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/i);
  await expect(page.getByRole('main').getByRole('link', { name: 'home page' })).toHaveAttribute('href', new URL(baseURL ?? '').pathname);
  await page.getByRole('main').getByRole('searchbox').fill('ketamine');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(`${baseURL}search/?q=ketamine`);
  await expectSearchResults(page);
});
