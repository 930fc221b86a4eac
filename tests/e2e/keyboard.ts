/**
 * Moving through a page with the keyboard alone, as the specs' keyboard readers do: one helper for
 * every "press Tab until …".
 */
import type { Locator, Page } from '@playwright/test';
import { scrollingSettled } from './site.ts';

/** Where focus should land: a CSS selector it must match, a locator that must get it, or a test run in the page on the focused element. */
export type FocusTarget = string | Locator | ((el: Element | null) => boolean);

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element is `target`, pressing nothing
 * when it already is; fails after `limit` presses. Then waits, as a reader does before pressing
 * Enter, until the scroll that focus started (smooth, up to a second) has ended. Returns the
 * focused element: by its id when it has one, so the locator still finds it after focus moves on.
 */
export async function tabTo(page: Page, target: FocusTarget, { backwards = false, limit = 60 } = {}): Promise<Locator> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses <= limit; presses++) {
    if (await hasFocus(page, target)) {
      await scrollingSettled(page);
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      return id ? page.locator(`[id="${id}"]`) : page.locator(':focus');
    }
    if (presses < limit) await page.keyboard.press(key);
  }
  throw new Error(`the element wanted (${String(target)}) did not take keyboard focus after ${limit} presses of ${key}`);
}

async function hasFocus(page: Page, target: FocusTarget): Promise<boolean> {
  if (typeof target === 'string') return page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target);
  if (typeof target === 'function') return (await page.evaluateHandle(() => document.activeElement)).evaluate(target);
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}
