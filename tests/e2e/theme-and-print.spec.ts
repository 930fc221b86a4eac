import { expect, test } from '@playwright/test';
import { SCREEN_INDEPENDENT } from './site.ts';

const ARTICLE = 'articles/what-the-study-found/';
const DARK_BG = 'rgb(17, 22, 29)';
const LIGHT_BG = 'rgb(251, 250, 247)';

declare global {
  interface Window {
    /** The theme on <html> at the moment <body> first exists, before anything can be painted. */
    themeAtBody?: string;
    /** The page background when the document has been parsed. */
    backgroundAtReady?: string;
  }
}

test('the theme toggle switches, persists across pages and applies before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.body && window.themeAtBody === undefined) {
        window.themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      window.backgroundAtReady = getComputedStyle(document.body).backgroundColor;
    });
  });

  await page.goto(ARTICLE);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);

  await page.goto('glossary/');
  expect(await page.evaluate(() => window.themeAtBody)).toBe('dark');
  expect(await page.evaluate(() => window.backgroundAtReady)).toBe(DARK_BG);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  // Back to the system's own (light) theme: the saved choice is cleared, and the page follows the system again.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  await page.goto(ARTICLE);
  expect(await page.evaluate(() => window.themeAtBody)).toBe('none');
  await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
});

// Colours and the toggle state, set by the theme, not by the screen size.
test('without a saved choice the page follows the system theme', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(ARTICLE);
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

// Print styles (src/styles/print.css) apply at the paper's width, whatever the screen.
test('in print, clinician blocks are open, controls are gone and colours are light', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('figures/');
  const clinicians = page.locator('details.for-clinicians').first();
  await expect(clinicians.locator('.body')).toBeHidden();

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(clinicians.locator('.body')).toBeVisible();
  await expect(page.locator('.ev-figure .description p').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.locator('.theme-toggle')).toBeHidden();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});

// Print styles apply at the paper's width, whatever the screen.
test('in print, a reference is followed by its full address', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('#references a[href^="http"]').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toBe(`" <${href}>"`);
});
