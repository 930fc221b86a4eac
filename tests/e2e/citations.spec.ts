import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseBibTeX, parseRIS } from '../support/parse-citations.ts';
import { tabTo } from './keyboard.ts';
import { enhanced, SCREEN_INDEPENDENT } from './site.ts';

/**
 * Citations: previews, reference entries, back-links, the study card and "Cite this page", on the
 * article that explains the study. The article's text changes; these tests look for behaviour
 * (whichever citation comes first, whichever entry is cited twice), not for wording.
 */
const ARTICLE = 'articles/what-the-study-found/';
const preview = (page: Page) => page.locator('#citation-preview');

/** Presses Tab until a citation has focus, as a keyboard-only reader would; returns it. */
const tabToFirstCitation = (page: Page) => tabTo(page, 'a.citation-ref', { limit: 150 });

/** The key of the first citation whose reference entry links a DOI. */
async function firstKeyWithDoi(page: Page): Promise<string> {
  const key = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a.citation-ref')]
      .map((a) => a.dataset['ref'] ?? '')
      .find((k) => document.querySelector(`#ref-${k} a[href^="https://doi.org/"]`)),
  );
  if (!key) throw new Error('the article cites no reference with a DOI');
  return key;
}

test.describe('reference previews', () => {
  test('a keyboard-only reader opens a preview with Enter and closes it with Escape', async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    const citation = await tabToFirstCitation(page);
    const key = await citation.getAttribute('data-ref');
    const number = (await citation.textContent())?.trim();
    await expect(citation).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Reference ${number}` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    await expect(citation).toHaveAttribute('aria-expanded', 'true');
    await expect(page).not.toHaveURL(/#/);
    const entry = (await page.locator(`#ref-${key} [data-reference-entry]`).textContent()) ?? '';
    await expect(dialog).toContainText(entry.replace(/\s+/g, ' ').trim());
    await expect(dialog.getByRole('link', { name: `Go to reference ${number} in the list` })).toHaveAttribute('href', `#ref-${key}`);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(citation).toBeFocused();
    await expect(citation).toHaveAttribute('aria-expanded', 'false');
  });

  test('tabbing past the end of the preview closes it and goes on from the citation', async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    const citation = await tabToFirstCitation(page);
    await page.keyboard.press('Enter');
    await tabTo(page, preview(page).getByRole('link', { name: /^Go to reference/ }));
    await page.keyboard.press('Tab');
    await expect(preview(page)).toBeHidden();
    const after = await citation.evaluate((el) => {
      const focused = document.activeElement;
      return focused !== null && focused !== document.body && Boolean(el.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
  });

  test('from the preview, the keyboard reaches its links and "go to reference" lands on the entry', async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    const key = await firstKeyWithDoi(page);
    const citation = page.locator(`a.citation-ref[data-ref="${key}"]`).first();
    // The citation may be far down the page, and focus() alone scrolls there smoothly, for about a
    // second. A reader has the citation on screen before pressing Enter; a smooth scroll still running
    // when "Go to reference" is pressed can leave the page short of the entry. So: in view first.
    await citation.scrollIntoViewIfNeeded();
    await citation.focus();
    await page.keyboard.press('Enter');
    await tabTo(page, preview(page).getByRole('link', { name: /^DOI:/ }));
    await tabTo(page, preview(page).getByRole('link', { name: /^Go to reference/ }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#ref-${key}$`));
    await expect(preview(page)).toBeHidden();
    await expect(page.locator(`#ref-${key}`)).toBeInViewport();
  });

  test('an outside click closes the preview and focus returns to the citation', async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    const citation = await tabToFirstCitation(page);
    await page.keyboard.press('Enter');
    await expect(preview(page)).toBeVisible();
    await page.locator('h1').click();
    await expect(preview(page)).toBeHidden();
    await expect(citation).toBeFocused();
  });

  // A mouse: what the preview shows and where a click leads do not depend on the screen; the preview as a
  // sheet on narrow screens is checked by the keyboard tests above, which run on the phone.
  test('hovering with a mouse shows the preview; clicking still jumps to the entry', SCREEN_INDEPENDENT, async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    const citation = page.locator('a.citation-ref').first();
    await citation.hover();
    await expect(preview(page)).toBeVisible();
    await expect(page).not.toHaveURL(/#/);
    await page.locator('h1').hover();
    await expect(preview(page)).toBeHidden();

    await citation.click();
    await expect(page).toHaveURL(new RegExp(`#ref-${await citation.getAttribute('data-ref')}$`));
  });

  // Markup only.
  test('citations have no title tooltips', SCREEN_INDEPENDENT, async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    await expect(page.locator('a.citation-ref').first()).toBeVisible();
    await expect(page.locator('.citation [title], a.citation-ref[title]')).toHaveCount(0);
  });
});

// Sets its own phone screen and touch, so the desktop project already runs it as a phone.
test.describe('on a phone', SCREEN_INDEPENDENT, () => {
  test.use({ viewport: { width: 390, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the preview as a sheet with DOI links; a tap outside closes it', async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    const key = await firstKeyWithDoi(page);
    const citation = page.locator(`a.citation-ref[data-ref="${key}"]`).first();
    await citation.scrollIntoViewIfNeeded();
    await citation.tap();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page)).toHaveAttribute('data-sheet', '');
    await expect(preview(page)).toBeInViewport({ ratio: 1 });
    await expect(preview(page).getByRole('link', { name: /^DOI:/ })).toBeVisible();
    await expect(page).not.toHaveURL(/#/);

    await page.locator('h1').tap();
    await expect(preview(page)).toBeHidden();
  });
});

test('a back-link returns to the exact place that cites the reference', async ({ page }) => {
  await page.goto(ARTICLE);
  await enhanced(page);
  // An entry cited more than once has one back-link per citing place (↩ a b …); take the second.
  const backlinks = page.locator('#references li:has(.backlinks a + a) .backlinks a');
  const second = backlinks.nth(1);
  const href = await second.getAttribute('href');
  expect(href).toMatch(/^#cite-[a-z0-9-]+-2$/);
  const key = await page.locator('#references li:has(.backlinks a + a)').first().getAttribute('id');

  await second.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const place = page.locator(href ?? '');
  await expect(place).toBeInViewport();
  await expect(place).toHaveAttribute('data-ref', key?.replace(/^ref-/, '') ?? '');
  // It is the second citation of that reference in reading order, not the first.
  const all = page.locator(`a.citation-ref[data-ref="${key?.replace(/^ref-/, '')}"]`);
  await expect(all.nth(1)).toHaveAttribute('id', href?.slice(1) ?? '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Links and ids in the markup; a plain link jump at phone size is checked in links.spec.ts.
  test('every citation is a plain link that reaches its entry', SCREEN_INDEPENDENT, async ({ page }) => {
    await page.goto(ARTICLE);
    const citations = page.locator('a.citation-ref');
    expect(await citations.count()).toBeGreaterThan(3);
    const missing = await citations.evaluateAll((links) =>
      links.map((a) => a.getAttribute('href') ?? '').filter((href) => !/^#ref-/.test(href) || !document.getElementById(href.slice(1))),
    );
    expect(missing).toEqual([]);
    await expect(page.locator('#citation-preview')).toHaveCount(0);

    const last = citations.last();
    await last.click();
    const target = (await last.getAttribute('href')) ?? '';
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
  });
});

// Document order, sources and where a link leads: the same at every size.
test("on the study's own page the full study card follows the article, and every line names its source", SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto(ARTICLE);
  await enhanced(page);
  const card = page.getByRole('complementary', { name: 'The study at a glance' });
  await expect(card).toBeVisible();
  // The takeaways and the text come first; the card comes before the references.
  expect(await card.evaluate((el) => Boolean(el.compareDocumentPosition(document.querySelector('.prose') as Node) & Node.DOCUMENT_POSITION_PRECEDING))).toBe(
    true,
  );
  for (const line of await card.locator('dd').all()) await expect(line.locator('.source a').first()).toBeVisible();
  await card.getByRole('link', { name: "The study's reference entry" }).click();
  await expect(page.locator(':target')).toContainText('Molecular Psychiatry');
});

// What the files and the clipboard hold does not depend on the screen.
test.describe('cite this page', SCREEN_INDEPENDENT, () => {
  test('the downloaded BibTeX, RIS and CSL-JSON parse and name the canonical address', async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    const title = (await page.locator('h1').textContent())?.trim();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const section = page.locator('#cite-this-page');

    const download = async (label: string) => {
      await section.locator('summary', { hasText: label }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: `Download ${label} file` }).click()]);
      return readFile((await file.path()) ?? '', 'utf8');
    };
    const [bib] = parseBibTeX(await download('BibTeX'));
    const [ris] = parseRIS(await download('RIS'));
    const [csl] = JSON.parse(await download('CSL-JSON')) as Array<Record<string, unknown>>;
    for (const item of [bib, ris, csl]) {
      expect(item?.['title']).toBe(title);
      expect(item?.['URL']).toBe(canonical);
    }
    await expect(section.locator('#cite-this-page-text')).toContainText(`Available from: ${canonical}`);
  });

  test('on a Japanese page, the files cite the Japanese page: its title, its address and its language', async ({ page, request }) => {
    await page.goto(`ja/${ARTICLE}`);
    const title = (await page.locator('h1').textContent())?.trim();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/\/ja\/articles\/what-the-study-found\/$/);
    const file = async (format: string) => {
      const href = await page.locator(`#cite-this-page a[download$=".${format}"]`).getAttribute('href');
      return (await request.get(new URL(href ?? '', page.url()).href)).text();
    };
    const [csl] = JSON.parse(await file('json')) as Array<Record<string, unknown>>;
    expect(csl).toMatchObject({ title, URL: canonical, language: 'ja' });
    const [bib] = parseBibTeX(await file('bib'));
    const [ris] = parseRIS(await file('ris'));
    for (const item of [bib, ris]) {
      expect(item?.['title']).toBe(title);
      expect(item?.['URL']).toBe(canonical);
    }
    await expect(page.locator('#cite-this-page-text')).toContainText(canonical ?? '');
  });

  test('a copy button copies the BibTeX and tells screen readers so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    await enhanced(page);
    const section = page.locator('#cite-this-page');
    await section.locator('summary', { hasText: 'BibTeX' }).click();
    await section.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(section.getByRole('status')).toHaveText('BibTeX copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await section.locator('#cite-this-page-bib').textContent())?.trim());
    expect(parseBibTeX(copied)).toHaveLength(1);
  });
});

// What the files hold does not depend on the screen.
test('every reference on the references page offers BibTeX and RIS that parse', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('references/');
  const entries = page.locator('li[id^="ref-"]');
  expect(await entries.count()).toBeGreaterThan(5);
  await expect(entries.filter({ hasNot: page.getByRole('link', { name: /^RIS/ }) })).toHaveCount(0);

  const entry = page.locator('#ref-miyazaki2020');
  const [bibFile] = await Promise.all([page.waitForEvent('download'), entry.getByRole('link', { name: /^BibTeX/ }).click()]);
  const [bib] = parseBibTeX(await readFile((await bibFile.path()) ?? '', 'utf8'));
  const [risFile] = await Promise.all([page.waitForEvent('download'), entry.getByRole('link', { name: /^RIS/ }).click()]);
  const [ris] = parseRIS(await readFile((await risFile.path()) ?? '', 'utf8'));
  for (const item of [bib, ris]) expect(item?.['DOI']).toBe('10.1038/s41591-019-0723-9');
});
