/**
 * What changed, and when: the dates near an article's title, its page history, the site-wide
 * /changes/ page, the feed and the dates in the structured data. Expectations come from the
 * articles' own frontmatter, so a new history entry needs no change here. Tests marked
 * SCREEN_INDEPENDENT check dates, lists and feeds, the same HTML at every size; the one that scrolls
 * to a changed section runs on the phone too.
 */
import { expect, test } from '@playwright/test';
import { shortDate } from '../../src/lib/dates.ts';
import { articleSchema, type Change } from '../../src/schemas/article.ts';
import { content, SCREEN_INDEPENDENT } from './site.ts';

/** Each article's slug, title and history, read and checked as the build reads them. */
const articles = content.articleSlugs().map((slug) => {
  const data = articleSchema.parse(content.frontmatter(slug));
  return { slug, title: data.title, history: data.history, reviewed: data.reviewed };
});
const allChanges = articles.flatMap((a) => a.history);
/** The article with the most changes: the one the history has most to say about. */
const busiest = [...articles].sort((a, b) => b.history.length - a.history.length)[0] as (typeof articles)[number];
/** A change that names the section it changed, on the same article. */
const withSection = busiest.history.find((c): c is Change & { section: string } => c.section !== undefined);

test('an article says when it was last updated, and its page history lists every change with its date', SCREEN_INDEPENDENT, async ({ page }) => {
  // One article is enough to check the rendering; every article is built the same way.
  await page.goto(`articles/${busiest.slug}/`);
  const updated = page.locator('.meta').getByRole('link', { name: shortDate(busiest.history[0]?.date ?? '') });
  await expect(updated).toHaveAttribute('href', '#page-history');

  const history = page.locator('section[aria-labelledby="page-history"]');
  await expect(history.getByRole('heading', { name: 'Page history' })).toBeVisible();
  const entries = history.locator('ol.history > li');
  await expect(entries).toHaveCount(busiest.history.length);
  for (const [i, change] of busiest.history.entries()) {
    await expect(entries.nth(i).locator('time')).toHaveAttribute('datetime', change.date);
    await expect(entries.nth(i)).toContainText(change.summary);
  }
  await expect(entries.last()).toContainText('First published');
});

test('"Updated" goes to the page history, and a change leads to the section it changed', async ({ page }) => {
  expect(withSection, `no history entry of ${busiest.slug} names a section`).toBeDefined();
  await page.goto(`articles/${busiest.slug}/`);
  await page
    .locator('.meta')
    .getByRole('link', { name: shortDate(busiest.history[0]?.date ?? '') })
    .click();
  await expect(page).toHaveURL(/#page-history$/);
  await expect(page.getByRole('heading', { name: 'Page history' })).toBeInViewport();

  const entry = page
    .locator('ol.history > li')
    .filter({ hasText: withSection?.summary ?? '' })
    .first();
  await entry.getByRole('link', { name: /^Go to / }).click();
  await expect(page).toHaveURL(new RegExp(`#${withSection?.section}$`));
  await expect(page.locator(`[id="${withSection?.section}"]`)).toBeInViewport();
});

test('/changes/ lists every change on the site, newest first, each linked to what it changed', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('changes/');
  await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
  const items = page.locator('main li[id^="change-"]');
  await expect(items).toHaveCount(allChanges.length);
  const days = await page.locator('main h2 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(days).toEqual([...new Set(allChanges.map((c) => c.date))].sort().reverse());

  // A change with a section leads there; the link check has already proved every such link resolves.
  const first = items.first();
  const link = first.getByRole('link', { name: /See what changed|Page history/ });
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  const id = href.split('#')[1] ?? '';
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test(
  'the feed is RSS a reader can subscribe to: every change, with a unique guid, a title, a date and a full link',
  SCREEN_INDEPENDENT,
  async ({ page, baseURL }) => {
    await page.goto('changes/');
    const href = (await page.getByRole('link', { name: 'feed of changes (RSS)' }).getAttribute('href')) ?? '';
    const response = await page.request.get(new URL(href, baseURL).href);
    expect(response.ok()).toBe(true);
    const xml = await response.text();

    // Parsed by the browser's own XML parser, as a feed reader would.
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        self: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href') ?? null,
        items: [...doc.querySelectorAll('channel > item')].map((item) => ({
          title: item.querySelector('title')?.textContent ?? '',
          link: item.querySelector('link')?.textContent ?? '',
          guid: item.querySelector('guid')?.textContent ?? '',
          pubDate: item.querySelector('pubDate')?.textContent ?? '',
          description: item.querySelector('description')?.textContent ?? '',
        })),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.self).toMatch(/^https?:\/\/[^/]+\/.*changes\.xml$/);
    expect(feed.items).toHaveLength(allChanges.length);
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(feed.items.length);
    const dates = feed.items.map((i) => Date.parse(i.pubDate));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.title).toMatch(/^(First published|Updated|Correction): /);
      expect(item.link).toMatch(/^https?:\/\/[^/]+\/.*articles\/[a-z0-9-]+\/#[a-z0-9-]+$/);
      expect(allChanges.map((c) => c.summary)).toContain(item.description);
    }
    // The links name the public site (SITE_URL); on this test server the same path must exist, with its fragment.
    const sample = new URL(feed.items[0]?.link ?? '');
    await page.goto(new URL(sample.pathname + sample.hash, new URL(baseURL ?? '').origin).href);
    await expect(page.locator(`[id="${sample.hash.slice(1)}"]`)).toBeAttached();
  },
);

test('every page links the feed in its head, and articles carry their three dates in their structured data', SCREEN_INDEPENDENT, async ({ page, baseURL }) => {
  for (const path of ['', 'glossary/', 'changes/', `articles/${busiest.slug}/`]) {
    await page.goto(path);
    const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(feed).toHaveCount(1);
    const response = await page.request.get(new URL((await feed.getAttribute('href')) ?? '', baseURL).href);
    expect(response.ok()).toBe(true);
  }
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
  expect(data).toMatchObject({
    datePublished: busiest.history.at(-1)?.date,
    dateModified: busiest.history[0]?.date,
    lastReviewed: busiest.reviewed,
  });
});

/** The corrections of the busiest article, and of the whole site, with what they were checked against. */
const corrections = allChanges.filter((c): c is Change & { checkedAgainst: string[] } => c.kind === 'corrected' && c.checkedAgainst !== undefined);
const busiestCorrections = busiest.history.filter((c) => c.kind === 'corrected');

test('a page history says what each correction was checked against, and its links lead to the references', SCREEN_INDEPENDENT, async ({ page }) => {
  expect(busiestCorrections.length, `${busiest.slug} has no corrections to check`).toBeGreaterThan(0);
  await page.goto(`articles/${busiest.slug}/`);
  const entries = page.locator('section[aria-labelledby="page-history"] ol.history > li');
  for (const [i, change] of busiest.history.entries()) {
    const basis = entries.nth(i).locator('.basis');
    if (change.kind !== 'corrected') {
      await expect(basis).toHaveCount(0);
      continue;
    }
    await expect(basis).toContainText('Checked against:');
    const keys = await basis.locator('a[data-checked-against]').evaluateAll((links) => links.map((a) => a.getAttribute('data-checked-against')));
    expect(keys).toEqual(change.checkedAgainst);
    for (const key of change.checkedAgainst ?? []) {
      await expect(basis.locator(`a[data-checked-against="${key}"]`)).toHaveAttribute('href', new RegExp(`/references/#ref-${key}$`));
    }
  }
  // One link, followed: it lands on the reference's entry.
  const first = entries.locator('.basis a').first();
  const key = (await first.getAttribute('data-checked-against')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/references/#ref-${key}$`));
  await expect(page.locator(`[id="ref-${key}"]`)).toBeInViewport();
});

test('/changes/ shows the basis of every correction, with working links', SCREEN_INDEPENDENT, async ({ page }) => {
  expect(corrections.length).toBe(allChanges.filter((c) => c.kind === 'corrected').length);
  await page.goto('changes/');
  const bases = page.locator('main li[id^="change-"] .basis');
  await expect(bases).toHaveCount(corrections.length);
  const shown = await bases.evaluateAll((nodes) => nodes.map((n) => [...n.querySelectorAll('a')].map((a) => a.getAttribute('data-checked-against'))));
  expect(shown.flat().sort()).toEqual(corrections.flatMap((c) => c.checkedAgainst).sort());
  // Every linked reference exists on the references page.
  const hrefs = [
    ...new Set(await bases.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash))),
  ];
  await page.goto('references/');
  for (const href of hrefs) await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveCount(1);
  // A quote is marked with its language.
  await page.goto('changes/');
  await expect(page.locator('main .basis q[lang="ja"]').first()).toBeAttached();
});

test("the feed's item HTML says what each correction was checked against, with full links that resolve", SCREEN_INDEPENDENT, async ({ page, baseURL }) => {
  const response = await page.request.get(new URL('changes.xml', baseURL).href);
  const xml = await response.text();
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return [...doc.querySelectorAll('channel > item')].map((item) => {
      const encoded = item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]?.textContent ?? '';
      const html = new DOMParser().parseFromString(encoded, 'text/html');
      return {
        title: item.querySelector('title')?.textContent ?? '',
        summary: html.querySelector('p')?.textContent ?? '',
        basis: [...html.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Checked against:'))?.textContent ?? null,
        links: [...html.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      };
    });
  }, xml);
  expect(items).toHaveLength(allChanges.length);
  const corrected = items.filter((item) => item.title.startsWith('Correction: '));
  expect(corrected).toHaveLength(corrections.length);
  for (const item of items) expect(allChanges.map((c) => c.summary)).toContain(item.summary);
  for (const item of corrected) {
    expect(item.basis).not.toBeNull();
    expect(item.links.length).toBeGreaterThan(0);
    for (const link of item.links) expect(link).toMatch(/^https?:\/\/[^/]+\/.*references\/#ref-[a-z0-9-]+$/);
  }
  for (const item of items.filter((i) => !i.title.startsWith('Correction: '))) expect(item.basis).toBeNull();
  // The links name the public site (SITE_URL); on this server the same path must hold the entry.
  const sample = new URL(corrected[0]?.links[0] ?? '');
  await page.goto(new URL(sample.pathname + sample.hash, new URL(baseURL ?? '').origin).href);
  await expect(page.locator(`[id="${sample.hash.slice(1)}"]`)).toBeAttached();
});
