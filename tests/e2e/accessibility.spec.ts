import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { articlePages, builtPages } from './site.ts';

/** WCAG 2.2 A and AA, the level a public health site should meet. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The rules whose outcome depends on colour; the other rules give the same result in either theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Only violations are read; skipping the passes' details makes a run much faster.
  // Legacy mode runs axe.run() in the page itself, instead of runPartial() there and finishRun() in
  // a second, blank page opened for every call. It skips only cross-origin frames, and the site has
  // no frames at all (privacy.spec.ts); every rule's outcome on every page was compared and is the
  // same either way, for about a third less CPU.
  const axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  const results = await (rules ? axe.withRules(rules) : axe.withTags(WCAG)).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`));
}

test.describe('axe finds no WCAG 2.2 AA violation', () => {
  for (const path of builtPages()) {
    test(`on /${path}, in the light theme, and no contrast problem in the dark theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      const found = (await axeViolations(page)).map((v) => `light: ${v}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background(), 'the dark theme is applied').not.toBe(light);
      found.push(...(await axeViolations(page, COLOUR_RULES)).map((v) => `dark: ${v}`));
      expect(found).toEqual([]);
    });
  }

  test('on search results and on an article opened at its references', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('search/?q=AMPA');
    await expect(page.locator('main a[href*="/articles/"]').first()).toBeVisible();
    const found = await axeViolations(page);
    await page.goto(`${articlePages()[0]}#references`);
    found.push(...(await axeViolations(page)));
    expect(found).toEqual([]);
  });
});

/** What a keyboard user is looking for: a CSS selector, or a test run on the focused element in the page. */
type Wanted = string | ((el: Element | null) => boolean);

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted; fails after `limit` presses. */
async function tabTo(page: Page, wanted: Wanted, { backwards = false, limit = 60 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const active = await page.evaluateHandle(() => document.activeElement);
    const found = typeof wanted === 'string' ? await active.evaluate((el, selector) => el?.matches(selector) ?? false, wanted) : await active.evaluate(wanted);
    if (found) return active;
  }
  throw new Error(`the element wanted (${String(wanted)}) did not take keyboard focus after ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** Focus is visible: an outline or a ring, in a colour other than the background. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0, shadow: style.boxShadow, focusVisible: el.matches(':focus-visible') };
  });
  expect(ring.focusVisible).toBe(true);
  expect(ring.outline >= 2 || ring.shadow !== 'none').toBe(true);
}

/** A search result that leads to one section of an article. */
const SECTION_RESULT = 'a[href*="/articles/"][href*="#"]';

test('keyboard only: skip link, search, a result, its section, a citation, the reference, and back', async ({ page }) => {
  await page.goto('');

  // The first Tab reaches the skip link, which is visible when focused and moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveText(/skip to content/i);
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Search: back to the header's search box, or to a button that opens a search dialog; type and submit.
  const search = await tabTo(
    page,
    (el) =>
      !!el &&
      (el.matches('input[type="search"]') ||
        (el.tagName === 'BUTTON' &&
          el.matches('[aria-haspopup], [aria-controls], [aria-expanded]') &&
          /search/i.test(`${el.textContent} ${el.getAttribute('aria-label')}`))),
    { backwards: true },
  );
  await expectVisibleFocus(page);
  const opensDialog = await search.evaluate((el) => el?.tagName === 'BUTTON');
  if (opensDialog) {
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('type', 'search');
  }
  await page.keyboard.type('AMPA');
  // A dialog shows results as the reader types (Enter there opens the first result); the header
  // form without JavaScript submits to the search page.
  if (!opensDialog) await page.keyboard.press('Enter');

  // Results: on the search page, or in a search dialog if one opened.
  const dialog = page.locator('dialog[open], [role="dialog"]:visible');
  await expect.poll(async () => /\/search\//.test(page.url()) || (await dialog.count()) > 0).toBe(true);
  const results = (/\/search\//.test(page.url()) ? page.locator('main') : dialog).locator(SECTION_RESULT);
  await expect(results.first()).toBeVisible();

  // A result that leads to a section of an article.
  const result = await tabTo(page, SECTION_RESULT);
  await expectVisibleFocus(page);
  const target = new URL((await result.evaluate((el) => el?.getAttribute('href'))) ?? '', page.url());
  await page.keyboard.press('Enter');
  // The page drops ?highlight= from the address once it has marked the words, so only the path and section are stable.
  await expect(page).toHaveURL((url) => url.pathname === target.pathname && url.hash === target.hash);
  await expect(page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`)).toBeInViewport();

  // From the section, the next citation; following it reaches the reference entry.
  await tabTo(page, 'a[href*="#ref-"], .citation-ref');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  if (!/#ref-/.test(page.url())) {
    // A citation preview opened instead: its link to the full reference is the next stop.
    await tabTo(page, 'a[href*="#ref-"]', { limit: 10 });
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/#ref-/);
  const reference = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(reference).toBeInViewport();

  // Back to where it was cited, by the reference's back-link.
  await tabTo(page, 'a[href^="#cite-"]', { limit: 20 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#cite-/);
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toBeInViewport();
});

test('with reduced motion, nothing animates and jumps to a section are instant', async ({ page }) => {
  await page.goto(articlePages()[0] ?? '');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.locator('main a[href*="#ref-"]').first().focus();
  await page.keyboard.press('Enter');
  // Every running animation or transition, after following a link and hovering a control.
  await page.getByRole('button').first().hover();
  const moving = await page.evaluate(
    () =>
      document.getAnimations().filter((a) => {
        const timing = a.effect?.getComputedTiming();
        return a.playState === 'running' && Number(timing?.duration ?? 0) > 10;
      }).length,
  );
  expect(moving).toBe(0);
});

test.describe('text zoom and narrow screens', () => {
  test('no page scrolls sideways at 320 CSS pixels, or with text at 200%', async ({ page }) => {
    test.setTimeout(90_000); // every built page, twice: ~25 s on an idle 2-core machine, over 30 s on a busy one
    const sideways: string[] = [];
    for (const [width, textSize] of [
      [320, '100%'],
      [640, '200%'],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of builtPages()) {
        await page.goto(path);
        // Text-only zoom: the browser's default font size doubles; the layout is in rem, so it follows.
        await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) sideways.push(`${path || '/'} at ${width}px, text ${textSize}: ${overflow}px too wide`);
      }
    }
    expect(sideways).toEqual([]);
  });
});
