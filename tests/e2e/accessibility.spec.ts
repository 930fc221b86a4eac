import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, splitLocale } from '../../src/lib/site.ts';
import { articlePages, builtPages, expectSearchResults, SCREEN_INDEPENDENT } from './site.ts';

/**
 * WCAG 2.2 A and AA, the level a public health site should meet, and axe's best practices (which
 * catch, among others, two landmarks of one kind with the same name).
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colour; the other rules give the same result in either theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core, the version @axe-core/playwright depends on. */
const AXE_SOURCE = readFileSync(
  path.join(path.dirname(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core')), 'axe.min.js'),
  'utf8',
);

/** The parts of axe-core's API used here (its types come with a package this project does not depend on directly). */
interface Axe {
  configure(spec: { allowedOrigins: string[] }): void;
  run(
    context: Document,
    options: { resultTypes: string[]; runOnly: { type: 'rule' | 'tag'; values: string[] } },
  ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }>;
}

/**
 * Runs axe in the page, as @axe-core/playwright's legacy mode does (axe.run() in the page itself),
 * without evaluating axe's 650 kB source twice on every run: once per page load here, and a second
 * run on the same page (the dark theme) reuses it. Legacy mode skips only cross-origin frames, and
 * the site has no frames at all (privacy.spec.ts). Only violations are read; skipping the passes'
 * details makes a run much faster.
 */
async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE_SOURCE);
    await page.evaluate(() => (window as unknown as { axe: Axe }).axe.configure({ allowedOrigins: ['<same_origin>'] }));
  }
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: AXE_TAGS };
  const results = await page.evaluate((runOnly) => (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'], runOnly }), runOnly);
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`));
}

/**
 * Sideways scrolling, as WCAG 1.4.10 (reflow) and 1.4.4 (resize text) put it: at 320 CSS pixels, and
 * at 640 with text at 200% (the same reflow, reached by zooming text). Measured on the page already
 * loaded: media queries follow a viewport change as they follow a load at that size, and every
 * script that depends on the width re-measures on resize or when used (src/client: landing,
 * contents, glossary-popover, citation-preview).
 */
async function sidewaysScroll(page: Page): Promise<string[]> {
  const sideways: string[] = [];
  for (const [width, textSize] of [
    [320, '100%'],
    [640, '200%'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    // Text-only zoom: the browser's default font size doubles; the layout is in rem, so it follows.
    await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) sideways.push(`at ${width}px, text ${textSize}: ${overflow}px too wide`);
  }
  return sideways;
}

// On both screen sizes: what axe can see depends on the layout (elements shown or hidden by width, a
// table that overflows on a phone). One sweep per language, not a test per page: every test starts
// a fresh browser process, where loading a page and axe and running axe the first time take about
// three times as long as on the next page (a test per page took 8-10 s on a 2-core machine; in the
// sweep a page takes 2-3 s). A sweep per language lets the two workers share the pages.
//
// Desktop checks every page in both themes, and its reflow (which sets its own sizes, so it runs
// once). The phone checks what its narrower layout can change, in the light theme: every English
// page, and every Japanese page but the articles after the first. Those share one layout with each
// other and with the English articles, and the fit of their own text is what the reflow check at
// 320 px measures on every page; checking all eight again cost 15 s of a run that must stay under
// 8 minutes on a busy machine.
for (const locale of LOCALE_CODES) {
  const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  const ofLanguage = builtPages().filter((p) => splitLocale(`/${p}`).locale === locale);
  const firstArticle = ofLanguage.find((p) => p.startsWith(`${prefix}articles/`));
  const onPhone = locale === DEFAULT_LOCALE ? ofLanguage : ofLanguage.filter((p) => !p.startsWith(`${prefix}articles/`) || p === firstArticle);
  test(`every page in ${LOCALES[locale].name} meets WCAG 2.2 AA and axe's best practices (light theme; colour rules again in dark), also with search results and at the references, and reflows`, async ({
    page,
    isMobile,
  }) => {
    test.setTimeout(300_000); // ~2 s a page on an idle 2-core machine
    const screen = page.viewportSize();
    const found: string[] = [];
    for (const path of isMobile ? onPhone : ofLanguage) {
      if (screen) await page.setViewportSize(screen);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      found.push(...(await axeViolations(page)).map((v) => `/${path} light: ${v}`));
      if (isMobile) continue;
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background(), `/${path}: the dark theme is applied`).not.toBe(light);
      found.push(...(await axeViolations(page, COLOUR_RULES)).map((v) => `/${path} dark: ${v}`));
      found.push(...(await sidewaysScroll(page)).map((v) => `/${path} scrolls sideways ${v}`));
    }

    // Two states a page load alone does not reach: results shown, and an article opened at its references.
    if (screen) await page.setViewportSize(screen);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${prefix}search/?q=AMPA`);
    await expectSearchResults(page);
    found.push(...(await axeViolations(page)).map((v) => `search results: ${v}`));
    await page.goto(`${prefix}${articlePages()[0]}#references`);
    found.push(...(await axeViolations(page)).map((v) => `article at #references: ${v}`));
    expect(found).toEqual([]);
  });
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

// No animation, transition or scroll behaviour of the site is set in a width or touch media query, so
// what reduced motion changes is the same at every size.
test('with reduced motion, nothing animates and jumps to a section are instant', SCREEN_INDEPENDENT, async ({ page }) => {
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
