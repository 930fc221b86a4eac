import { expect, test } from '@playwright/test';
import { SCREEN_INDEPENDENT } from './site.ts';

const FIGURES = [
  { name: 'A synapse, and where ketamine is thought to act', role: 'img' },
  { name: 'How the study was designed, as reported', role: 'img' },
  { name: 'From the first controlled ketamine trial to this study', role: 'group' },
  { name: 'How a PET scan estimates receptor availability', role: 'img' },
] as const;

test('each figure has an accessible name, a named drawing and a description in words', async ({ page }) => {
  await page.goto('figures/');
  await expect(page.getByRole('figure')).toHaveCount(FIGURES.length);
  for (const { name, role } of FIGURES) {
    const figure = page.getByRole('figure', { name });
    await expect(figure).toBeVisible();
    const drawing = figure.getByRole(role).first();
    await expect(drawing).toHaveAccessibleName(/.{40,}/);
    await expect(drawing).toHaveAccessibleDescription(/.{80,}/);
    // The description in words follows the figure (a <details> is not allowed inside a <figure>); the
    // drawing names it with aria-describedby.
    const describedBy = await drawing.getAttribute('aria-describedby');
    const description = page.locator('details.description').filter({ has: page.locator(`[id="${describedBy}"]`) });
    await description.getByText('The figure in words').click();
    await expect(description.locator('p').first()).toBeVisible();
  }
});

// Colours, set by the theme, not by the screen size.
test('figures follow the theme: drawing text takes the page text colour in light and dark', SCREEN_INDEPENDENT, async ({ page }) => {
  const textColours: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('figures/');
    const [label, body] = await page.evaluate(() => [
      getComputedStyle(document.querySelector('.ev-figure svg .label') as Element).fill,
      getComputedStyle(document.body).color,
    ]);
    expect(label).toBe(body);
    textColours.push(label ?? '');
  }
  expect(textColours[0]).not.toBe(textColours[1]);
});

test('a timeline point is a link to its reference, reachable by keyboard', async ({ page }) => {
  await page.goto('figures/');
  const point = page.getByRole('group', { name: /Timeline of research/ }).getByRole('link', { name: /2000/ });
  await point.focus();
  await expect(point).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/references\/#ref-berman2000$/);
  await expect(page.locator('#ref-berman2000')).toBeInViewport();
});

test("a label in a figure's notes leads to its entry in the legend", async ({ page }) => {
  await page.goto('figures/');
  await page.getByRole('link', { name: 'Certainty: Hypothesis' }).first().click();
  await expect(page).toHaveURL(/\/about\/#certainty-hypothesis$/);
  await expect(page.locator('#certainty-hypothesis')).toBeInViewport();
  await expect(page.locator('#certainty-hypothesis')).toContainText('A proposed explanation');
});
