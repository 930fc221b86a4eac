import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { content, DIST, SCREEN_INDEPENDENT } from './site.ts';

/** An article's Japanese title, from content/ja/articles/<slug>.mdx. */
const japaneseTitle = (slug: string) =>
  (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/ja/articles/${slug}.mdx`, 'utf8'))?.[1] ?? '') as { title: string }).title;

/** The ids in a built page's main content, in order. */
const idsOf = (page: string) => {
  const html = readFileSync(path.join(DIST, page, 'index.html'), 'utf8');
  return [...(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
};

test('the home page answers the question with links that land on the claims they name', async ({ page }) => {
  await page.goto('');
  const answer = page.locator('section[aria-labelledby="short-answer"]');
  await expect(answer).toContainText('34 people with treatment-resistant depression');

  await answer.getByRole('link', { name: 'went along with how much symptoms improved' }).click();
  await expect(page).toHaveURL(/\/articles\/what-the-study-found\/#finding-change-tracked-improvement$/);
  await expect(page.locator('#finding-change-tracked-improvement')).toBeInViewport();
});

test('the home page shows the study card: a source for every detail, each link reaching its reference', async ({ page }) => {
  await page.goto('');
  const details = page.locator('#study dl > div');
  // One line per fact in content/references/primary-study.yaml.
  await expect(details).toHaveCount(content.studyFacts().length);
  for (const detail of await details.all()) await expect(detail.locator('.source a').first()).toBeVisible();

  await details.filter({ hasText: 'Participants' }).locator('.source a').first().click();
  await expect(page).toHaveURL(/\/references\/#ref-newsmedical2026$/);
  await expect(page.locator('#ref-newsmedical2026')).toBeInViewport();
});

// Which article is in which group: the same at every size.
test('articles are grouped by audience, with everyone-articles in a shared group', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('');
  const group = (id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  await expect(group('for-everyone').getByRole('link', { name: 'Could a scan predict who benefits?' })).toBeVisible();
  await expect(group('for-patients').getByRole('link', { name: /Treatment-resistant depression/ })).toBeVisible();
  await expect(group('for-clinicians').getByRole('link', { name: /Clinician brief/ })).toBeVisible();
  await expect(group('for-patients').getByRole('link', { name: /Clinician brief/ })).toHaveCount(0);
});

// Text and links: the same at every size.
test('the about page lists what could not be verified and explains error reports without inventing an address', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('about/');
  await expect(page.locator('#could-not-verify ~ ul').first()).toContainText('DOI');
  const report = page.locator('#report-an-error ~ p');
  await expect(report.first()).toContainText('/articles/what-the-study-found/#what-this-does-not-show');
  await expect(page.locator('main')).toContainText('no contact address set up');
  await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(0);
  // The evidence-label legend is generated and linked to from every label.
  await expect(page.locator('#certainty-animal')).toContainText('Animal evidence only');
  await expect(page.locator('#source-secondary')).toContainText('Secondary report');
});

test('every article ends its argument with a linkable "What this does not show" section', async ({ page }) => {
  for (const slug of ['what-the-study-found', 'treatment-resistant-depression', 'could-a-scan-predict', 'clinician-brief']) {
    await page.goto(`articles/${slug}/#what-this-does-not-show`);
    await expect(page.getByRole('heading', { name: 'What this does not show' })).toBeInViewport();
    await expect(page.locator('#ref-takahashi2026')).toHaveCount(1);
  }
});

// Read from the built files: no page to load.
test('the home and About pages have the same ids in English and Japanese, so a fragment works in both', SCREEN_INDEPENDENT, () => {
  for (const page of ['', 'about/']) {
    expect(idsOf(page)).toEqual(expect.arrayContaining([page ? 'label-rules' : 'short-answer']));
    expect(idsOf(`ja/${page}`), `/ja/${page}`).toEqual(idsOf(page));
  }
});

test('the Japanese home page answers in Japanese, lists the Japanese articles by audience, and its links land on the Japanese claims', async ({ page }) => {
  await page.goto('ja/');
  const group = (id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  await expect(group('for-patients').getByRole('link', { name: japaneseTitle('treatment-resistant-depression') })).toHaveAttribute(
    'href',
    /\/ja\/articles\/treatment-resistant-depression\/$/,
  );
  await expect(group('for-clinicians').getByRole('link', { name: japaneseTitle('clinician-brief') })).toBeVisible();
  await expect(group('for-patients').getByRole('link', { name: japaneseTitle('clinician-brief') })).toHaveCount(0);

  const answer = page.locator('section[aria-labelledby="short-answer"]');
  await expect(answer).toContainText('治療抵抗性うつ病の人34人');
  await answer.getByRole('link', { name: '症状がどれだけ改善したかと関連していました' }).click();
  await expect(page).toHaveURL(/\/ja\/articles\/what-the-study-found\/#finding-change-tracked-improvement$/);
  await expect(page.locator('#finding-change-tracked-improvement')).toBeInViewport();
});

// Text and links: the same at every size.
test(
  'the Japanese About page: what could not be verified, how to report an error, what Keio says of insurance, and crisis help',
  SCREEN_INDEPENDENT,
  async ({ page }) => {
    await page.goto('ja/about/');
    await expect(page.locator('#could-not-verify ~ ul').first()).toContainText('DOI');
    await expect(page.locator('#report-an-error ~ p').first()).toContainText('/ja/articles/what-the-study-found/#what-this-does-not-show');
    await expect(page.locator('main')).toContainText('連絡先が設定されておらず');
    await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(0);
    // Cited as the Keio page says it, with its date unknown.
    const insurance = page.locator('#medical-disclaimer ~ p').filter({ hasText: '保険適応されておらず' });
    await expect(insurance.getByRole('link', { name: /掲載日不明/ })).toHaveAttribute('href', /\/ja\/references\/#ref-keio-ketamine-trial$/);
    // The dictionary's crisis line: the ministry's page and 119, the only number read on official pages.
    const crisis = page.locator('#crisis-resources + p');
    await expect(crisis.getByRole('link', { name: '119番' })).toHaveAttribute('href', 'tel:119');
    await expect(crisis.getByRole('link', { name: /まもろうよこころ/ })).toHaveAttribute('href', 'https://www.mhlw.go.jp/mamorouyokokoro/');
    await expect(page.locator('main a[href^="tel:"]')).toHaveCount(1);
    await expect(page.locator('#certainty-animal')).toBeAttached();
  },
);
