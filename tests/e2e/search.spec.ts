import { expect, test, type Locator, type Page } from '@playwright/test';
import { SCREEN_INDEPENDENT, searchStatus } from './site.ts';

const STUDY_ARTICLE = 'articles/what-the-study-found/';
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });

/** Opens the header's search dialog, types the query and waits for its answer; returns the result titles. */
async function searchInDialog(page: Page, query: string): Promise<Locator> {
  await page.locator('[data-search-open]').click();
  await dialog(page).getByRole('searchbox').fill(query);
  await expect(dialog(page).getByRole('status')).toContainText(`for “${query}”`);
  return dialog(page).locator('.result-title');
}

/** Loads /search/?q=… and waits for its answer; returns the result titles. */
async function searchPage(page: Page, query: string, filters = ''): Promise<Locator> {
  await page.goto(`search/?q=${encodeURIComponent(query)}${filters}`);
  // The answer, not the "Searching for “…”…" the page shows while the index loads.
  await expect(searchStatus(page)).toContainText(/\b(\d+ results?|No results) for “/);
  return page.locator('#search-results .result-title');
}

/** Types a new query into the search page's own box, as a reader does; waits for its answer and returns the result titles. */
async function searchAgain(page: Page, query: string): Promise<Locator> {
  await page.locator('main').getByRole('searchbox').fill(query);
  await expect(searchStatus(page)).toContainText(`for “${query}”`);
  return page.locator('#search-results .result-title');
}

/** The site's base path, read from the search page's own address (the tests also run under BASE_PATH). */
const basePath = (page: Page) => new URL(page.url()).pathname.replace(/search\/$/, '');

/** Each link's path within the site ("articles/x/"), on the search page. */
const sitePaths = (page: Page, links: Locator) =>
  links.evaluateAll((as, base) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(base.length)), basePath(page));

// What a search finds, and in what order, comes from the index, not from the screen: desktop only.
test('"AMPA" lists the AMPA article first or second', SCREEN_INDEPENDENT, async ({ page }) => {
  const titles = await searchPage(page, 'AMPA');
  expect((await sitePaths(page, titles)).slice(0, 2)).toContain('articles/ampa-receptors-explained/');
});

test('"treatment-resistant" leads to a section, shown below the header with the word marked and a clean URL', async ({ page }) => {
  await page.goto('');
  await searchInDialog(page, 'treatment-resistant');
  const section = dialog(page).locator('.result-section-title[href*="/articles/"]').first();
  // Pagefind's excerpt marks a word with the quotation mark that opens it ('“Treatment-resistant depression”, often
  // shortened to TRD' on the TRD page), so an opening quote may come with it.
  await expect(section.locator('xpath=..').locator('mark').first()).toHaveText(/^[“"]?treatment-resistant$/i);
  const id = new URL((await section.getAttribute('href')) ?? '', page.url()).hash.slice(1);
  expect(id).not.toBe('');

  await section.click();
  await expect(page).toHaveURL(new RegExp(`/articles/[a-z0-9-]+/#${id}$`));
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  // Below the sticky header (on phones the header scrolls away, which also passes).
  await expect
    .poll(() => heading.evaluate((el) => el.getBoundingClientRect().top - (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0)))
    .toBeGreaterThanOrEqual(0);
  // The word is marked, hyphen included, in the section the link named.
  await expect(page.locator('mark[data-search-hit]', { hasText: /^treatment-resistant$/i }).first()).toBeVisible();
  const markedInSection = await heading.evaluate((h) => {
    const level = Number(h.tagName.slice(1)) || 6;
    for (let el = h.nextElementSibling; el && !(/^H[1-6]$/.test(el.tagName) && Number(el.tagName.slice(1)) <= level); el = el.nextElementSibling) {
      if (el.querySelector('mark[data-search-hit]')) return true;
    }
    return false;
  });
  expect(markedInSection).toBe(true);
});

test('a result on the page already open is shown without reloading', async ({ page }) => {
  await page.goto(STUDY_ARTICLE);
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await searchInDialog(page, 'placebo');
  await dialog(page).locator('.result-section-title[href*="#who-took-part"]').click();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/\/articles\/what-the-study-found\/#who-took-part$/);
  await expect(page.locator('#who-took-part')).toBeInViewport();
  await expect(page.locator('mark[data-search-hit]').first()).toHaveText(/^placebo$/i);
  expect(await page.evaluate(() => 'stillHere' in window)).toBe(true);
});

test('abbreviations find the same top result as the names they stand for', SCREEN_INDEPENDENT, async ({ page }) => {
  test.setTimeout(90_000); // ten searches
  // Typed into the search page's box, one after another, as a reader would: the same search the
  // page runs for ?q=, without loading the page and the search engine again for each query.
  await page.goto('search/');
  const top = async (query: string) => {
    const titles = await searchAgain(page, query);
    const kinds = await page.locator('#search-results .result-kind').allTextContents();
    const all = await titles.allTextContents();
    return { first: all[0], firstArticle: all[kinds.findIndex((k) => k.startsWith('Article'))] };
  };
  for (const [short, long] of [
    ['TRD', 'treatment-resistant depression'],
    ['AMPAR', 'AMPA receptor'],
    ['PET', 'positron emission tomography'],
    ['NMDAR', 'NMDA receptor'],
    ['K-2', '[11C]K-2'],
  ] as const) {
    const [a, b] = [await top(short), await top(long)];
    expect(a.first, `${short} vs ${long}`).toBeDefined();
    expect(a, `${short} vs ${long}`).toEqual(b);
  }
});

test("the search page gives the dialog's results from a shareable URL", async ({ page }) => {
  await page.goto('');
  const fromDialog = await (await searchInDialog(page, 'ketamine')).allTextContents();
  await dialog(page).getByRole('link', { name: 'Open these results as a page you can share' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=ketamine$/);
  await expect(page.locator('#search-results .result-title')).toHaveText(fromDialog);
});

// Whether markup runs does not depend on the screen (security.spec.ts, on desktop only, checks the same for the page).
test('markup in a query or a highlight link is shown as text and runs nothing', SCREEN_INDEPENDENT, async ({ page }) => {
  const attack = `<img src=x onerror="window.hacked=1"><script>alert(1)</script>"'><svg onload=alert(2)>`;
  let alerted = false;
  page.on('dialog', (d) => {
    alerted = true;
    void d.dismiss();
  });
  await searchPage(page, attack);
  await expect(searchStatus(page)).toContainText('<img src=x');

  await page.goto('');
  await searchInDialog(page, `ketamine ${attack}`);
  await page.goto(`${STUDY_ARTICLE}?highlight=${encodeURIComponent(attack)}&highlight=ketamine#in-one-paragraph`);
  await expect(page.locator('mark[data-search-hit]').first()).toBeVisible();
  await expect(page).toHaveURL(/what-the-study-found\/#in-one-paragraph$/);

  expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
  await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('the search dialog works from the keyboard and keeps focus inside', async ({ page }) => {
  await page.goto(STUDY_ARTICLE);
  const control = page.locator('[data-search-open]');
  const box = dialog(page).getByRole('searchbox');

  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(box).toBeFocused();
  await page.keyboard.type('ketamine a/b');
  await expect(box).toHaveValue('ketamine a/b'); // "/" typed in a field is text, not a shortcut
  await box.fill('ketamine');
  await expect(dialog(page).locator('.result').first()).toBeVisible();

  // Tab goes round every control and result and back to the box, never leaving the dialog.
  const focus = () =>
    dialog(page).evaluate((d) => ({ inside: d.contains(document.activeElement), onBox: document.activeElement?.getAttribute('name') === 'q' }));
  let presses = 0;
  for (let at = { inside: true, onBox: false }; !at.onBox; presses++) {
    expect(presses, 'Tab never came back to the search box').toBeLessThan(60);
    await page.keyboard.press('Tab');
    at = await focus();
    expect(at.inside).toBe(true);
  }
  expect(presses).toBeGreaterThan(5);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift+Tab');
    expect((await focus()).inside).toBe(true);
  }

  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog(page).locator('.results a').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(control).toBeFocused();

  for (const chord of ['Control+k', 'Meta+k']) {
    await page.keyboard.press(chord);
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  }
  await control.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(control).toBeFocused();

  // Enter in the box opens the first result.
  await page.keyboard.press('/');
  await box.fill('glossary');
  await box.press('Enter');
  await expect(page).not.toHaveURL(/what-the-study-found\/$/);
});

// Which results a filter leaves comes from the index and the address, not from the screen.
test('filters narrow the results by content type and audience', SCREEN_INDEPENDENT, async ({ page }) => {
  const kinds = () => page.locator('#search-results .result-kind').allTextContents();
  await searchPage(page, 'AMPA', '&type=glossary');
  expect(await kinds()).toEqual(['Glossary']);
  await expect(page.getByRole('radio', { name: 'Glossary' })).toBeChecked();

  await searchPage(page, 'AMPA', '&type=article');
  const articles = await kinds();
  expect(articles.length).toBeGreaterThan(0);
  expect(articles.every((k) => k.startsWith('Article'))).toBe(true);

  await searchPage(page, 'AMPA', '&audience=clinicians');
  const forClinicians = await kinds();
  // Articles for everyone count for clinicians; the glossary and references are for every reader.
  expect(forClinicians).toContain('Article · For everyone');
  expect(forClinicians.filter((k) => k.startsWith('Article')).every((k) => /For clinicians|For everyone/.test(k))).toBe(true);
  expect(forClinicians).toContain('Glossary');

  await searchPage(page, 'AMPA', '&audience=patients');
  expect((await kinds()).some((k) => k.includes('For clinicians'))).toBe(false);

  // Choosing a filter searches again and keeps the choice in the shareable URL.
  await page.getByRole('radio', { name: 'References' }).check();
  await expect(page).toHaveURL(/q=AMPA&type=references&audience=patients$/);
  await expect(page.locator('#search-results .result-kind')).toHaveText(['References']);
});

// What a search finds and marks comes from the index, not from the screen.
test('an author name or a DOI finds its reference entry', SCREEN_INDEPENDENT, async ({ page }) => {
  for (const [query, id] of [
    ['Miyazaki', 'ref-miyazaki2020'],
    ['10.1503/jpn.160175', 'ref-aleksandrova2017'],
  ] as const) {
    await searchPage(page, query);
    const entry = page.locator(`#search-results .result-section-title[href$="#${id}"]`);
    await expect(entry).toBeVisible();
    await expect(entry.locator('xpath=..').locator('mark').first()).toBeVisible();
  }
  await page.locator('#search-results .result-section-title[href$="#ref-aleksandrova2017"]').click();
  await expect(page).toHaveURL(/\/references\/#ref-aleksandrova2017$/);
  await expect(page.locator('#ref-aleksandrova2017 mark[data-search-hit]')).toHaveText('10.1503/jpn.160175');
});

// The index is read through Pagefind's API: the same files whatever the screen.
test('the index holds reading text only: no navigation, footer, screen-reader labels or copy-link controls', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('search/');
  const pages = await page.evaluate(async (base) => {
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    const all = await pagefind.search(null, {});
    return Promise.all(all.results.map(async (r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
  }, basePath(page));
  expect(pages.map((p) => p.url)).toEqual(
    expect.arrayContaining([expect.stringContaining(STUDY_ARTICLE), expect.stringMatching(/glossary\/$/), expect.stringMatching(/references\/$/)]),
  );
  for (const { url, content } of pages) {
    const footer = ['No cookies, no tracking', 'About this site and how evidence is checked'];
    // The About page repeats the crisis lines in its own text, on purpose; elsewhere they are footer only.
    if (!/about\/$/.test(url)) footer.push('Suicide & Crisis Lifeline', 'findahelpline');
    for (const chrome of ['Skip to content', 'Search the site', 'Home Glossary References About', 'Cited in this article at', ...footer]) {
      expect(content, `${url} indexes "${chrome}"`).not.toContain(chrome);
    }
    expect(content, `${url} indexes a copy-link label`).not.toMatch(/copy link/i);
  }
});

// What is suggested and searched comes from the glossary and the index, not from the screen.
test('no results: says so, suggests glossary terms, and a suggestion searches', SCREEN_INDEPENDENT, async ({ page }) => {
  await searchPage(page, 'zzyzx');
  await expect(searchStatus(page)).toContainText('No results for “zzyzx”');
  const suggestion = page.getByRole('button', { name: 'AMPA receptor' });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(searchStatus(page)).toContainText('for “AMPA receptor”');
  await expect(page).toHaveURL(/q=AMPA\+receptor/);
});

// The search script has no screen-dependent code: a query that breaks it breaks it at any size.
test('long, punctuated and non-Latin queries do no harm', SCREEN_INDEPENDENT, async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const query of ['ketamine '.repeat(60), '!!! ((( ]]] ??? *** \\ %', 'ケタミン うつ病', '\u202Egnp.exe', '[11C]K-2']) {
    await searchPage(page, query.trim());
  }
  await searchPage(page, 'ketamine '.repeat(60).trim());
  await expect(searchStatus(page)).toContainText('shortened to its first 100 characters');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The index is the same HTML at any size.
  test('the Japanese search page lists topics, sections and terms by the kana rows, each by its reading', SCREEN_INDEPENDENT, async ({ page }) => {
    await page.goto('ja/search/');
    const index = page.getByRole('region', { name: '五十音順の索引' });
    const rows = await index.getByRole('heading', { level: 3 }).allTextContents();
    // あ行 … わ行 (those with entries), then the Latin letters A–Z, then the rest.
    const kana = rows.filter((r) => r.endsWith('行'));
    expect(kana[0]).toBe('あ行');
    expect(rows.slice(0, kana.length)).toEqual(kana);
    expect(kana).toEqual(['あ行', 'か行', 'さ行', 'た行', 'な行', 'は行', 'ま行', 'や行', 'ら行', 'わ行'].filter((r) => kana.includes(r)));
    expect(rows.slice(kana.length).every((r) => /^[A-Z]$/.test(r) || r === 'その他')).toBe(true);
    // Katakana sort as hiragana: ケタミン (けたみん) between 寛解 (かんかい) and 原因か… (げんいん), in か行.
    const ka = index.getByRole('region', { name: 'か行' });
    const terms = await ka.locator('.term').allTextContents();
    const at = (term: string) => terms.findIndex((t) => t.startsWith(term));
    expect(at('寛解')).toBeLessThan(at('ケタミン'));
    expect(at('ケタミン')).toBeLessThan(at('原因か'));
    await expect(index.getByText('難治性うつ病 → ')).toBeVisible();
    await expect(index.getByRole('region', { name: 'A' }).getByRole('link', { name: 'AMPA受容体', exact: true }).first()).toHaveAttribute(
      'href',
      /\/ja\/glossary\/#ampa-receptor$/,
    );
  });

  test('the header form goes to the search page, which lists topics, sections and terms A–Z', async ({ page }) => {
    await page.goto('');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('ketamine');
    await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=ketamine$/);

    const az = page.getByRole('region', { name: 'Topics A–Z' });
    await expect(az.getByRole('link', { name: 'AMPA receptor', exact: true }).first()).toHaveAttribute('href', /\/glossary\/#ampa-receptor$/);
    await expect(az.getByText('TRD, see')).toBeVisible();
    await az.getByRole('link', { name: 'Who took part and what happened' }).click();
    await expect(page).toHaveURL(/\/articles\/what-the-study-found\/#who-took-part$/);
    await expect(page.locator('#who-took-part')).toBeInViewport();
  });
});

/**
 * Japanese search, on the Japanese search page: one page load, then each query typed into its box.
 * Each query must put the expected article first and offer the expected section; the section's link
 * is then followed, and it must land there with the searched words marked inside the section.
 *
 * The expected article is the one whose subject the query names (its title starts with it, and it
 * is the first of its topics); the expected section is the one that explains it:
 * - ケタミン: "ケタミンが速く作用する仕組み…", at #nmda-blockade (ステップ1：ケタミンによるNMDA受容体の遮断,
 *   where ketamine's own action is explained). A katakana loanword: the browser's splitter cuts it
 *   (ケタ | ミン) where the index keeps it whole, so the marks must be the whole word, never its pieces.
 * - AMPA受容体: "AMPA受容体とは", at #ampa-receptors (AMPA受容体：すばやく応答する受容体).
 * - 治療抵抗性うつ病, and its other name 難治性うつ病 (a glossary alias, found on no article): "治療抵抗性
 *   うつ病とは", at #what-the-term-means (この言葉の意味).
 * - シナプス可塑性: "シナプス可塑性とうつ病", at #what-plasticity-is (シナプス可塑性とは).
 * - 陽電子断層撮影, and PET (its abbreviation): "生きている脳で受容体を見る：PET検査とトレーサーの仕組み"
 *   (its first topic), at #pet-in-plain-words (PETをやさしく説明すると).
 */
const JAPANESE_QUERIES = [
  { query: 'ケタミン', article: 'how-ketamine-may-act-fast', section: 'nmda-blockade', marks: ['ケタミン'] },
  { query: 'AMPA受容体', article: 'ampa-receptors-explained', section: 'ampa-receptors', marks: ['AMPA受容体'] },
  { query: '治療抵抗性うつ病', article: 'treatment-resistant-depression', section: 'what-the-term-means', marks: ['治療抵抗性うつ病'] },
  { query: '難治性うつ病', article: 'treatment-resistant-depression', section: 'what-the-term-means', marks: ['治療抵抗性うつ病'] },
  { query: 'シナプス可塑性', article: 'synaptic-plasticity-and-depression', section: 'what-plasticity-is', marks: ['シナプス可塑性'] },
  { query: '陽電子断層撮影', article: 'seeing-receptors-in-a-living-brain', section: 'pet-in-plain-words', marks: ['陽電子断層撮影', 'PET'] },
  { query: 'PET', article: 'seeing-receptors-in-a-living-brain', section: 'pet-in-plain-words', marks: ['陽電子断層撮影', 'PET'] },
] as const;

/** Types a query into the Japanese search page's box and waits for its answer (a count, or none found). */
async function searchJapanese(page: Page, query: string): Promise<void> {
  await page.locator('main').getByRole('searchbox').fill(query);
  await expect(searchStatus(page)).toContainText(
    new RegExp(`「${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}」(の検索結果：\\d+件|に一致するページは見つかりませんでした)`),
  );
}

// What a search finds, where it lands and what it marks come from the index and the text, not from the screen.
test('Japanese: each query puts the expected article first and lands on its section with the words marked', SCREEN_INDEPENDENT, async ({ page }) => {
  test.setTimeout(120_000); // seven searches and seven landings
  const indexes: string[] = [];
  page.on('request', (request) => {
    const index = /pagefind\/pagefind\.(\w+)_\w+\.pf_meta$/.exec(request.url())?.[1];
    if (index) indexes.push(index);
  });
  await page.goto('ja/search/');
  await expect(page.getByRole('radio', { name: '記事', exact: true })).toBeVisible();
  const landings: Array<(typeof JAPANESE_QUERIES)[number] & { href: string }> = [];
  for (const expected of JAPANESE_QUERIES) {
    await searchJapanese(page, expected.query);
    const first = page.locator('#search-results > li.result').first();
    await expect(first.locator('.result-title'), expected.query).toHaveAttribute('href', new RegExp(`/ja/articles/${expected.article}/\\?highlight=`));
    await expect(first.locator('.result-kind')).toContainText(/^記事・/);
    // Marks are whole words (the query, its glossary names), never the pieces the browser cut the query into (ケタ, ミン, 受容).
    const marks = await first.locator('mark').allTextContents();
    expect(marks.length, `${expected.query}: words marked in the first result`).toBeGreaterThan(0);
    for (const mark of marks) expect(expected.query.includes(mark) && mark !== expected.query, `${expected.query} marked the piece "${mark}"`).toBe(false);
    const section = first.locator(`.result-section-title[href$="#${expected.section}"]`);
    await expect(section, `${expected.query} offers #${expected.section}`).toHaveCount(1);
    landings.push({ ...expected, href: (await section.getAttribute('href')) ?? '' });
  }
  // The Japanese index, not the English one.
  expect(indexes).toContain('ja');
  expect(indexes).not.toContain('en');

  for (const { query, section, marks, href } of landings) {
    await page.goto(href);
    await expect(page, query).toHaveURL(new RegExp(`#${section}$`)); // the words were taken out of the address
    const heading = page.locator(`[id="${section}"]`);
    await expect(heading).toBeInViewport();
    // The marks come once the page's script has read the words (they are out of the address by then).
    const markedInSection = () =>
      heading.evaluate((h) => {
        // The heading and what follows it, up to the next heading of its level.
        const level = Number(h.tagName.slice(1)) || 6;
        const found = [...h.querySelectorAll('mark[data-search-hit]')].map((m) => m.textContent ?? '');
        for (let el = h.nextElementSibling; el && !(/^H[1-6]$/.test(el.tagName) && Number(el.tagName.slice(1)) <= level); el = el.nextElementSibling) {
          found.push(...[...el.querySelectorAll('mark[data-search-hit]')].map((m) => m.textContent ?? ''));
        }
        return found;
      });
    await expect
      .poll(async () => (await markedInSection()).filter((m) => (marks as readonly string[]).includes(m)).length, `${query}: marked in #${section}`)
      .toBeGreaterThan(0);
  }
});

// The words and suggestions come from the dictionary and the glossary, not from the screen.
test('Japanese: no results says so in Japanese and suggests Japanese glossary terms', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('ja/search/?q=zzyzx');
  await expect(searchStatus(page)).toContainText('「zzyzx」に一致するページは見つかりませんでした');
  await expect(page.locator('#search-results .suggestion').first()).toHaveText(/\p{scx=Hiragana}|\p{scx=Katakana}|\p{scx=Han}/u);
});
