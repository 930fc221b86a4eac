import { expect, test } from '@playwright/test';
import { enhanced, SCREEN_INDEPENDENT } from './site.ts';
import { tabTo } from './keyboard.ts';

const ARTICLE = 'articles/what-the-study-found/';

test('a glossary term opens its definition by keyboard, and Escape closes it', async ({ page }) => {
  await page.goto(ARTICLE);
  await enhanced(page);
  const term = page.locator('.prose a.glossary-term').first();
  // The definition the glossary gives this term, as the popover loads it.
  const definitions = (await (await page.request.get('glossary.json')).json()) as Record<string, { definition: string }>;
  const definition = definitions[(await term.getAttribute('data-term')) ?? '']?.definition ?? 'no definition for this term';
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeHidden();

  // Tab through the page until the term has focus, as a keyboard user would.
  await tabTo(page, term);
  await expect(term).toBeFocused();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(definition);
  await expect(term).toHaveAccessibleDescription(new RegExp(definition.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(term).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#[a-z0-9-]+$/);
});

// Markup only.
test('an abbreviation is marked up, and its expansion is in the text for screen readers and search', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto(ARTICLE);
  await enhanced(page);
  const abbreviation = page.locator('.prose a.glossary-term:has(abbr)').first();
  await expect(abbreviation).toHaveAccessibleName(/^[A-Z]{2,}.*\(.+\)$/);
  await expect(abbreviation.locator('abbr')).not.toHaveAttribute('title');
});

// Sets its own phone screen and touch, so the desktop project already runs it as a phone.
test.describe('on a touch screen', SCREEN_INDEPENDENT, () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 839 } });

  test('a first tap shows the definition; a second tap opens the glossary entry', async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    const term = page.locator('.prose a.glossary-term').first();
    const id = await term.getAttribute('data-term');
    await term.tap();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(page.getByRole('tooltip')).toContainText('Tap the term again');
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));

    await term.tap();
    await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
    await expect(page.locator(`#${id}`)).toBeInViewport();
  });

  test('tapping elsewhere closes the definition', async ({ page }) => {
    await page.goto(ARTICLE);
    await enhanced(page);
    await page.locator('.prose a.glossary-term').first().tap();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(page.getByRole('tooltip')).toBeHidden();
  });
});

// A plain link: where it leads does not depend on the screen.
test.describe('without JavaScript', SCREEN_INDEPENDENT, () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to its glossary entry', async ({ page }) => {
    await page.goto(ARTICLE);
    const term = page.locator('.prose a.glossary-term').first();
    const id = await term.getAttribute('data-term');
    await term.click();
    await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
  });
});
