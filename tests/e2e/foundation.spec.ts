import { expect, test } from '@playwright/test';
import { content, SCREEN_INDEPENDENT } from './site.ts';

const ARTICLE = 'articles/what-the-study-found/';

test('an article renders its title, takeaways, a GFM table and resolved, linked citations', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the ketamine AMPA-receptor PET study found');
  const takeaways = content.frontmatter('what-the-study-found')['takeaways'] as unknown[];
  expect(takeaways.length).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('region', { name: 'Key takeaways' }).getByRole('listitem')).toHaveCount(takeaways.length);
  await expect(page.locator('.prose table th').first()).toHaveText('What');
  await expect(page.locator('main')).not.toContainText('[@');

  const firstCitation = page.locator('a.citation-ref').first();
  await expect(firstCitation).toHaveText('1');
  await firstCitation.click();
  await expect(page).toHaveURL(/#ref-takahashi2026$/);
  await expect(page.locator('#ref-takahashi2026')).toBeInViewport();
  await expect(page.locator('#ref-takahashi2026')).toContainText('Molecular Psychiatry');
});

test('every page carries the medical disclaimer and a crisis line', async ({ page }) => {
  for (const path of ['', ARTICLE, 'glossary/', 'references/', 'about/', 'search/']) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('not medical advice');
    await expect(footer).toContainText('call or text 988 (Suicide');
    await expect(footer).toContainText('line at findahelpline.com');
    await expect(footer.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
    await expect(footer.getByRole('link', { name: 'findahelpline.com' })).toBeVisible();
  }
});

// What a search finds comes from the index, not from the screen (search.spec.ts checks the phone layout).
test('the search page finds the article from a shareable ?q= URL', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('search/?q=AMPA');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#search-results')).toContainText('What the ketamine AMPA-receptor PET study found');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
});

test('the header search control leads to results', async ({ page }) => {
  await page.goto('');
  await page.locator('[data-search-open]').click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox').fill('ketamine');
  await expect(page.getByRole('dialog', { name: 'Search' }).locator('.result').first()).toBeVisible();
});
