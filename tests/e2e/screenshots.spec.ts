/**
 * Screenshots for a person to look at (not compared with anything): an article and the figures,
 * light and dark, at the project's size (desktop and phone), in test-results/screenshots/.
 * On demand only: `npm run screenshots` (playwright.screenshots.config.ts), not `npm test`.
 */
import { expect, test } from '@playwright/test';

const PAGES = { article: 'articles/what-the-study-found/', figures: 'figures/' };

for (const colorScheme of ['light', 'dark'] as const) {
  test(`pages in the ${colorScheme} theme`, async ({ page }, info) => {
    // Two full-page screenshots of long pages; on the phone, at 2.6 device pixels per CSS pixel, that
    // is tens of millions of pixels to draw and encode: about 10 s, and over 60 s on a busy machine.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(path);
      await expect(page.locator('body')).toHaveCSS('background-color', colorScheme === 'dark' ? 'rgb(17, 22, 29)' : 'rgb(251, 250, 247)');
      const file = `test-results/screenshots/${name}-${info.project.name}-${colorScheme}.png`;
      const shot = await page.screenshot({ path: file, fullPage: true });
      expect(shot.byteLength).toBeGreaterThan(10_000);
    }
  });
}
