/**
 * Links to a section or a claim: landing, copying, old addresses, the table of contents and link
 * previews, on the built site at desktop and phone sizes (playwright.config.ts projects).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { deployment } from '../../src/config/deployment.ts';

const ARTICLE = 'articles/what-the-study-found/';
const registry = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as { pages: Record<string, string[]> };
const articleIds = registry.pages[`/${ARTICLE}`] ?? [];
const { site, base } = deployment();
/** The address "copy link" must produce: the configured public site, not the test server. */
const canonical = (path: string) => new URL(`${base}${path}`, site).href;

/** How far down the sticky header reaches (0 where it scrolls away, as on phones). */
function headerBottom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header');
    if (!header) return 0;
    const { position } = getComputedStyle(header);
    return position === 'sticky' || position === 'fixed' ? header.getBoundingClientRect().bottom : 0;
  });
}

/**
 * Waits until `target` is fully visible below the header and, unless `anywhere`, just below it (or
 * as near as the page's end allows). Checked every 50 ms: a landing is a smooth scroll of up to a
 * second and a half, and the default back-off (up to a second between checks) would stay on each
 * page, redrawing its landing animation, well after it has landed.
 */
async function expectLandedOn(page: Page, target: Locator, { anywhere = false } = {}) {
  await expect
    .poll(
      async () => {
        const covered = await headerBottom(page);
        return target.evaluate(
          (el, { covered, anywhere }) => {
            const box = el.getBoundingClientRect();
            const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
            const visible = box.top >= covered && box.bottom <= innerHeight;
            const nearTop = anywhere || box.top - covered <= 24 || atEnd;
            return visible && nearTop
              ? 'landed'
              : `top ${Math.round(box.top)}, header ${Math.round(covered)}, bottom ${Math.round(box.bottom)} of ${innerHeight}`;
          },
          { covered, anywhere },
        );
      },
      { intervals: [50] },
    )
    .toBe('landed');
}

test.describe('landing on page#id', () => {
  test('every registered id of an article lands fully visible just below the header', async ({ page }) => {
    test.setTimeout(120_000); // one fresh page load per id
    expect(articleIds.length).toBeGreaterThan(5);
    for (const id of articleIds) {
      await page.goto('about:blank');
      await page.goto(`${ARTICLE}#${id}`);
      await expectLandedOn(page, page.locator(`#${id}`));
      await expect(page.locator(':target')).toHaveId(id);
    }
  });

  test('on a mid-size screen, where the header wraps to two rows, a heading still lands below it', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto(`${ARTICLE}#what-the-team-reports`);
    expect(await headerBottom(page)).toBeGreaterThan(100);
    await expectLandedOn(page, page.locator('#what-the-team-reports'));
  });

  test('the target is highlighted, with a fading ring unless reduced motion is asked for', async ({ page }) => {
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

test.describe('old addresses', () => {
  // The live registry has no redirect lines yet, so this test adds one to the served page exactly as
  // the build writes it (Landing.astro); tests/unit/anchor-redirects-build.test.ts checks the build does.
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

  const cases = [
    { path: ARTICLE, id: 'who-took-part', name: 'Copy link to section: Who took part and what happened' },
    { path: ARTICLE, id: 'takeaway-not-proof', name: 'Copy link to this claim' },
    { path: 'glossary/', id: 'pet', name: /^Copy link to Positron emission tomography/ },
  ];
  for (const { path, id, name } of cases) {
    test(`copies the canonical URL of ${path}#${id} and says so`, async ({ page, isMobile }) => {
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
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical(`${path}#${id}`));
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
      await expect(button).toContainText('Copied');
    });
  }

  test('a heading keeps its own text as its name in heading lists', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { name: 'Who took part and what happened', exact: true })).toHaveCount(1);
  });

  test('keyboard alone reaches every copy-link button, and each shows when focused', async ({ page }) => {
    test.setTimeout(120_000); // a few hundred key presses
    await page.goto(ARTICLE);
    const buttons = page.locator('button.copy-link');
    const total = await page.locator('[data-anchor][id]').count();
    await expect(buttons).toHaveCount(total);
    const reached = new Set<string>();
    for (let presses = 0; presses < 400 && reached.size < total; presses++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLButtonElement && el.classList.contains('copy-link') ? (el.closest('[data-anchor]')?.id ?? '') : undefined;
      });
      if (id !== undefined) {
        await expect(page.locator('button.copy-link:focus'), `button for #${id} is visible when focused`).toHaveCSS('opacity', '1');
        reached.add(id);
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
  test('lists the takeaways, every section, the references and the page history', async ({ page }) => {
    await page.goto(ARTICLE);
    const links = page.locator('#contents .sidebar a');
    const sections = await page.locator('.prose h2[id], .prose h3[id]').evaluateAll((els) => els.map((el) => `#${el.id}`));
    expect(await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual(['#takeaways', ...sections, '#study', '#references', '#page-history']);
  });

  test('marks the current section while scrolling; on a tall screen every section, the last included, becomes current', async ({ page, isMobile }) => {
    test.setTimeout(120_000); // the whole page, 20px at a time
    await page.setViewportSize({ width: isMobile ? 412 : 1280, height: 1600 });
    await page.goto(ARTICLE);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    if (isMobile) await contents.locator('summary').click(); // the phone block starts closed
    const links = contents.locator('a:visible');
    const order = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    // Scroll down in small steps, a frame each, noting which section is marked current after each step.
    const seen = await page.evaluate(async () => {
      const max = document.documentElement.scrollHeight - innerHeight;
      const marked: string[] = [];
      for (let y = 0; y <= max + 20; y += 20) {
        scrollTo({ top: Math.min(y, max), behavior: 'instant' });
        // The next frame fires the scroll event, whose handler asks for a frame callback that runs in
        // that same frame, after this one; a task queued from here runs once that frame is done.
        await new Promise(requestAnimationFrame);
        await new Promise((done) => setTimeout(done));
        const current = [...document.querySelectorAll<HTMLElement>('#contents a[aria-current="true"]')].find((a) => a.offsetParent !== null);
        const href = current?.getAttribute('href');
        if (href && marked.at(-1) !== href) marked.push(href);
      }
      return max > 0 ? marked : [];
    });
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
test.describe('sharing', { tag: '@screen-independent' }, () => {
  test('every page has a canonical URL and link-preview tags', async ({ page }) => {
    test.setTimeout(120_000); // every public page
    for (const path of Object.keys(registry.pages)) {
      await page.goto(path.slice(1));
      const head = page.locator('head');
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical(path.slice(1)));
      await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical(path.slice(1)));
      for (const tag of ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[name="twitter:title"]', 'meta[name="twitter:description"]']) {
        await expect(head.locator(tag), `${path} ${tag}`).toHaveAttribute('content', /\S/);
      }
      await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
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
