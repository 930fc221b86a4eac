import { expect, test } from '@playwright/test';
import { content, SCREEN_INDEPENDENT } from './site.ts';

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
