/**
 * Links to a section or a claim: landing, copying, old addresses, the table of contents and link
 * previews, on the built site at desktop and phone sizes (playwright.config.ts projects).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { deployment } from '../../src/config/deployment.ts';
import { expectLandedOn, headerBottom } from './landing.ts';
import { attr, parseHtml, select } from '../support/html.ts';
import { SCREEN_INDEPENDENT } from './site.ts';

const ARTICLE = 'articles/what-the-study-found/';
const registry = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as { pages: Record<string, string[]> };
const articleIds = registry.pages[`/${ARTICLE}`] ?? [];
const { site, base } = deployment();
/** The address "copy link" must produce: the configured public site, not the test server. */
const canonical = (path: string) => new URL(`${base}${path}`, site).href;

test.describe('landing on page#id', () => {
  test('every registered id of an article lands fully visible just below the header', async ({ page }) => {
    test.setTimeout(120_000); // one fresh page load per id
    expect(articleIds.length).toBeGreaterThan(5);
    // Where a fragment lands does not depend on how the page gets there, so most ids are checked with
    // reduced motion: an instant jump instead of a smooth scroll of up to 1.5 s each. The first and the
    // last id (the longest scroll) land with smooth scrolling, as do the tests below and the landings
    // in search, citations and content pages.
    const smooth = new Set([articleIds[0], articleIds.at(-1)]);
    for (const id of articleIds) {
      await page.emulateMedia({ reducedMotion: smooth.has(id) ? 'no-preference' : 'reduce' });
      await page.goto('about:blank');
      await page.goto(`${ARTICLE}#${id}`);
      await expectLandedOn(page, page.locator(`#${id}`));
      await expect(page.locator(':target')).toHaveId(id);
    }
  });

  // Sets its own screen size.
  test('on a mid-size screen, where the header wraps to two rows, a heading still lands below it', SCREEN_INDEPENDENT, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto(`${ARTICLE}#what-the-team-reports`);
    expect(await headerBottom(page)).toBeGreaterThan(100);
    await expectLandedOn(page, page.locator('#what-the-team-reports'));
  });

  // The ring is styled outside any width or touch media query (src/styles/base.css).
  test('the target is highlighted, with a fading ring unless reduced motion is asked for', SCREEN_INDEPENDENT, async ({ page }) => {
    await page.goto(`${ARTICLE}#who-took-part`);
    const heading = page.locator('#who-took-part');
    await expect(heading).toHaveCSS('animation-name', 'ev-landing');
    await expect(heading).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('about:blank');
    await page.goto(`${ARTICLE}#takeaway-not-proof`);
    const claim = page.locator('#takeaway-not-proof');
    await expect(claim).toHaveCSS('animation-name', 'none');
    await expect(claim).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });

  test("the browser's own text fragments land on the quoted text, below the header", async ({ page }) => {
    await page.goto(`${ARTICLE}#:~:text=registered%20as%20jRCTs031210124`);
    // The first paragraph with these words (the study-design figure repeats them further down).
    const paragraph = page.locator('.prose p', { hasText: 'registered as jRCTs031210124' }).first();
    await expect(paragraph).toBeInViewport();
    const covered = await headerBottom(page);
    expect(await paragraph.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(covered);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });
});

// Which id an old fragment ends on is decided by a script with no screen-dependent code
// (src/client/anchors/fragment-landing.ts); landing at each screen size is checked on every registered id above.
test.describe('old addresses', SCREEN_INDEPENDENT, () => {
  // The live registry has no redirect lines yet, so this test adds one to the served page exactly as
  // the build writes it (components/anchors/FragmentRedirects.astro); tests/unit/builds/anchor-redirects.test.ts checks the build does.
  test.beforeEach(async ({ page }) => {
    await page.route(`**/${ARTICLE}`, async (route) => {
      const response = await route.fetch();
      const map = { findings: `${base}${ARTICLE}#what-the-team-reports` };
      const html = (await response.text()).replace('</body>', `<script type="application/json" data-fragment-redirects>${JSON.stringify(map)}</script></body>`);
      await route.fulfill({ response, body: html });
    });
  });

  test('an old fragment ends on its new id, without an extra history entry', async ({ page }) => {
    await page.goto(`${ARTICLE}#findings`);
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}#what-the-team-reports$`));
    await expect(page.locator(':target')).toHaveId('what-the-team-reports');
    await expectLandedOn(page, page.locator('#what-the-team-reports'));
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });

  test('an old fragment followed from within the page also ends on its new id', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.evaluate(() => (location.hash = 'findings'));
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}#what-the-team-reports$`));
    await expect(page.locator(':target')).toHaveId('what-the-team-reports');
  });
});

test.describe('copy link', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  // A section or claim: its share link first (its own page, whose link preview shows it), its direct link second.
  const cases = [
    {
      path: ARTICLE,
      id: 'who-took-part',
      name: 'Copy link to section: Who took part and what happened',
      copies: `${ARTICLE}who-took-part/`,
      direct: 'Copy direct link to section: Who took part and what happened',
    },
    {
      path: ARTICLE,
      id: 'takeaway-not-proof',
      name: 'Copy link to this claim',
      copies: `${ARTICLE}takeaway-not-proof/`,
      direct: 'Copy direct link to this claim',
    },
    {
      path: `ja/${ARTICLE}`,
      id: 'the-people',
      name: /^セクション「.+」へのリンクをコピー$/,
      copies: `ja/${ARTICLE}the-people/`,
      direct: /^セクション「.+」への直接リンクをコピー$/,
    },
    { path: 'glossary/', id: 'pet', name: /^Copy link to Positron emission tomography/, copies: 'glossary/#pet', direct: undefined },
  ];
  for (const { path, id, name, copies, direct } of cases) {
    test(`copies the canonical share link of ${path}#${id}${direct ? ', and its direct link,' : ''} and says so`, async ({ page, isMobile }) => {
      await page.goto(path);
      const target = page.locator(`#${id}`);
      const button = target.getByRole('button', { name });
      if (isMobile) {
        await expect(button).toHaveCSS('opacity', '0.75'); // no hover on touch screens: always in view
      } else {
        await expect(button).toHaveCSS('opacity', '0');
        await target.hover();
        await expect(button).toHaveCSS('opacity', '1');
      }
      await button.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical(copies));
      await expect(page.locator('[data-copy-link-status]')).toHaveText(path.startsWith('ja/') ? 'リンクをコピーしました' : 'Link copied');
      await expect(button).toContainText(path.startsWith('ja/') ? 'コピーしました' : 'Copied');
      const second = target.getByRole('button', { name: direct ?? /direct link/ });
      if (!direct) {
        await expect(second).toHaveCount(0);
        return;
      }
      await second.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical(`${path}#${id}`));
      await expect(page.locator('[data-copy-link-status]')).toHaveText(path.startsWith('ja/') ? '直接リンクをコピーしました' : 'Direct link copied');
    });
  }

  // Markup only.
  test('a heading keeps its own text as its name in heading lists', SCREEN_INDEPENDENT, async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { name: 'Who took part and what happened', exact: true })).toHaveCount(1);
  });

  // Tab order and the focused button's opacity follow the markup and :focus-visible, not the screen's size.
  test('keyboard alone reaches every copy-link button, and each shows when focused', SCREEN_INDEPENDENT, async ({ page }) => {
    test.setTimeout(120_000); // a few hundred key presses
    await page.goto(ARTICLE);
    const buttons = page.locator('button.copy-link');
    // Every public anchor has a button; sections and claims a second, for the direct link.
    const total = (await page.locator('[data-anchor][id]').count()) + (await page.locator('[data-anchor="section"][id], [data-anchor="claim"][id]').count());
    await expect(buttons).toHaveCount(total);
    const reached = new Set<string>();
    for (let presses = 0; presses < 400 && reached.size < total; presses++) {
      await page.keyboard.press('Tab');
      // When a copy-link button has focus: its id, and its opacity once its fade-in has run
      // (getAnimations() brings styles up to date first, so a fade that focus starts is included).
      const focused = await page.evaluate(async () => {
        const el = document.activeElement;
        if (!(el instanceof HTMLButtonElement && el.classList.contains('copy-link'))) return undefined;
        await Promise.all(el.getAnimations().map((animation) => animation.finished));
        return {
          id: `${el.closest('[data-anchor]')?.id ?? ''}${el.hasAttribute('data-copy-direct') ? ' (direct)' : ''}`,
          opacity: getComputedStyle(el).opacity,
        };
      });
      if (focused) {
        expect(focused.opacity, `button for #${focused.id} is visible when focused`).toBe('1');
        reached.add(focused.id);
      }
    }
    expect(reached.size).toBe(total);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('headings are links to themselves, the contents are plain links, and there are no copy buttons', async ({ page, isMobile }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('h2#who-took-part a.heading-link')).toHaveAttribute('href', '#who-took-part');
    await expect(page.locator('button.copy-link')).toHaveCount(0);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    if (isMobile) await contents.locator('summary').click(); // <details> opens without JavaScript
    await contents.getByRole('link', { name: 'What the team reports' }).click();
    await expect(page).toHaveURL(/#what-the-team-reports$/);
    // Without the script that measures the header, the CSS offset assumes a sticky one: visible, if lower.
    await expectLandedOn(page, page.locator('#what-the-team-reports'), { anywhere: true });
  });
});

test.describe('table of contents', () => {
  // Markup only (the contents on a phone are the same links in a <details>).
  test('lists the takeaways, every section, the references and the page history', SCREEN_INDEPENDENT, async ({ page }) => {
    await page.goto(ARTICLE);
    const links = page.locator('#contents .sidebar a');
    const sections = await page.locator('.prose h2[id], .prose h3[id]').evaluateAll((els) => els.map((el) => `#${el.id}`));
    expect(await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual([
      '#takeaways',
      ...sections,
      '#study',
      '#references',
      '#page-history',
    ]);
  });

  test('marks the current section while scrolling; on a tall screen every section, the last included, becomes current', async ({ page, isMobile }) => {
    test.setTimeout(120_000); // the whole page, a frame per step
    await page.setViewportSize({ width: isMobile ? 412 : 1280, height: 1600 });
    await page.goto(ARTICLE);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    if (isMobile) await contents.locator('summary').click(); // the phone block starts closed
    const links = contents.locator('a:visible');
    const order = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    // The contents script loads after the page; once it runs, the bottom of the page marks the last section.
    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await expect(links.last()).toHaveAttribute('aria-current', 'true');
    // Scroll down a step at a time, a frame each, noting which section is marked current after each
    // step. Steps are long (up to 320 px) where the mark does not change; a step that passes over a
    // section (the mark moves on by more than one) is taken again in halves, down to 20 px, so no
    // section that would be marked is passed over unseen. A mark out of order is noted at any step.
    const seen = await page.evaluate(async (order) => {
      const max = document.documentElement.scrollHeight - innerHeight;
      const markAt = async (y: number) => {
        scrollTo({ top: y, behavior: 'instant' });
        // The next frame fires the scroll event, whose handler asks for a frame callback that runs in
        // that same frame, after this one; a task queued from here runs once that frame is done.
        await new Promise(requestAnimationFrame);
        await new Promise((done) => setTimeout(done));
        const current = [...document.querySelectorAll<HTMLElement>('#contents a[aria-current="true"]')].find((a) => a.offsetParent !== null);
        return current?.getAttribute('href') ?? undefined;
      };
      const marked: string[] = [];
      const note = (href: string | undefined) => {
        if (href && marked.at(-1) !== href) marked.push(href);
      };
      note(await markAt(0));
      for (let y = 0, step = 320; y < max; ) {
        const next = Math.min(y + step, max);
        const href = await markAt(next);
        const passedOver = href !== undefined && order.indexOf(href) > order.indexOf(marked.at(-1) ?? '') + 1;
        if (passedOver && step > 20) {
          step = Math.max(20, step / 2);
          continue;
        }
        note(href);
        y = next;
        step = Math.min(320, step * 2);
      }
      return max > 0 ? marked : [];
    }, order);
    expect(seen).toEqual(order);
  });

  test('picking a section marks it current and lands on it', async ({ page, isMobile }) => {
    await page.goto(ARTICLE);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    if (isMobile) await contents.locator('summary').click();
    await contents.getByRole('link', { name: 'What this does not show' }).click();
    await expectLandedOn(page, page.locator('#what-this-does-not-show'));
    const list = contents.locator(isMobile ? 'details' : '.sidebar');
    await expect(list.locator('a[aria-current="true"]')).toHaveAttribute('href', '#what-this-does-not-show');
    if (isMobile) await expect(list).not.toHaveAttribute('open'); // closed again, so it does not push the section away
  });
});

// Head tags, structured data and the sitemap are the same at any screen size: desktop only.
test.describe('sharing', SCREEN_INDEPENDENT, () => {
  // Read as a link previewer reads a page: its HTML as served, no script run.
  test('every page has a canonical URL and link-preview tags', async ({ request }) => {
    for (const path of Object.keys(registry.pages)) {
      const page = parseHtml(await (await request.get(path.slice(1))).text());
      const content = (selector: string) => attr(select(selector, page), selector.startsWith('link') ? 'href' : 'content');
      expect(content('link[rel="canonical"]'), path).toBe(canonical(path.slice(1)));
      expect(content('meta[property="og:url"]'), path).toBe(canonical(path.slice(1)));
      for (const tag of ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[name="twitter:title"]', 'meta[name="twitter:description"]']) {
        expect(content(tag), `${path} ${tag}`).toMatch(/\S/);
      }
      // Every page has its own card (the share-pages step); share.spec.ts checks the image files.
      expect(content('meta[name="twitter:card"]'), path).toBe('summary_large_image');
      expect(content('meta[property="og:image"]'), path).toMatch(new RegExp(`^${canonical('cards/')}[a-z0-9-]+\\.[0-9a-f]{12}\\.png$`));
    }
  });

  test('an article describes itself as a MedicalWebPage citing what its reference list shows', async ({ page }) => {
    await page.goto(ARTICLE);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '') as { '@type': string; url: string; lastReviewed: string; citation: string[] };
    expect(data['@type']).toBe('MedicalWebPage');
    expect(data.url).toBe(canonical(ARTICLE));
    const reviewed = page.locator('.meta div').filter({ hasText: 'Reviewed' }).locator('time');
    expect(data.lastReviewed).toBe(await reviewed.getAttribute('datetime'));
    // Each cited work by its address: the DOI's, else its web page, as the reference list links it.
    const listed = await page.locator('#references li .ref-links a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const withAddress = await page.locator('#references li:has(.ref-links a:not([href*="pubmed"]))').count();
    expect(data.citation.length).toBe(withAddress);
    for (const url of data.citation) expect(listed).toContain(url);
  });

  test('the sitemap lists every registered page and nothing that redirects or is missing', async ({ request }) => {
    const xml = await (await request.get('sitemap.xml')).text();
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      Object.keys(registry.pages)
        .map((path) => canonical(path.slice(1)))
        .sort(),
    );
    expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${canonical('sitemap.xml')}`);
  });
});
