/**
 * A reader on a phone reaches what they came for: an article's own first section starts within
 * about a screen and a half, the study's full card is one tap away from every other article, and
 * citation markers read "[1, 2]", not "[ 1 , 2 ]". Desktop project only (SCREEN_INDEPENDENT): the
 * first test sets its own phone-sized screen; the others check links and text, not layout.
 */
import { expect, test } from '@playwright/test';
import { articlePages, SCREEN_INDEPENDENT } from './site.ts';

const PHONE = { width: 390, height: 844 };

test("on a 390 px phone every article's first section starts within 1.5 screens of the top", SCREEN_INDEPENDENT, async ({ page }) => {
  // The viewport is set here, so one run on any project checks the phone layout.
  await page.setViewportSize(PHONE);
  for (const path of articlePages()) {
    await page.goto(path);
    const top = await page
      .locator('.prose h2')
      .first()
      .evaluate((h) => h.getBoundingClientRect().top + scrollY);
    expect(top, `${path}: first section at ${Math.round(top)} px`).toBeLessThanOrEqual(PHONE.height * 1.5);
  }
});

test('the one-line study card on other articles leads to the full card, where every detail has a source', SCREEN_INDEPENDENT, async ({ page }) => {
  const other = articlePages().find((p) => !p.includes('what-the-study-found')) ?? '';
  await page.goto(other);
  const line = page.getByRole('complementary', { name: 'The study this site explains' });
  await expect(line).toContainText('34 people');
  await line.getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\/what-the-study-found\/#study$/);
  const card = page.getByRole('complementary', { name: 'The study at a glance' });
  await expect(card).toBeInViewport();
  await expect(card.locator('dd')).not.toHaveCount(0);
  for (const detail of await card.locator('dd').all()) await expect(detail.getByText('Source:')).toBeVisible();
});

test('citation markers read "[1, 2]": as wide as the same text set plainly, with nothing between bracket and number', SCREEN_INDEPENDENT, async ({ page }) => {
  await page.goto('articles/what-the-study-found/');
  const groups = page.locator('.prose .citation').filter({ hasText: ',' });
  await expect(groups.first()).toBeVisible();
  for (const group of (await groups.all()).slice(0, 5)) {
    const { text, width, plain } = await group.evaluate((el) => {
      // The same text in a span styled like the citation, with no links or boxes inside.
      const probe = document.createElement('span');
      probe.className = el.className;
      probe.textContent = el.textContent;
      el.after(probe);
      const result = { text: el.textContent ?? '', width: el.getBoundingClientRect().width, plain: probe.getBoundingClientRect().width };
      probe.remove();
      return result;
    });
    expect(text).toMatch(/^\[\d+(, \d+)*\]$/);
    expect(Math.abs(width - plain), `"${text}" is ${width.toFixed(1)} px wide, the plain text ${plain.toFixed(1)} px`).toBeLessThan(1);
  }
});
