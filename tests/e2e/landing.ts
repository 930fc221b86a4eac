/**
 * Where a link lands: just below the sticky header, fully visible. Shared by the specs that open
 * `page#id` (links.spec.ts) and share links (share.spec.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** How far down the sticky header reaches (0 where it scrolls away, as on phones). */
export function headerBottom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header');
    if (!header) return 0;
    const { position } = getComputedStyle(header);
    return position === 'sticky' || position === 'fixed' ? header.getBoundingClientRect().bottom : 0;
  });
}

/**
 * Waits until `target` is fully visible below the header and, unless `anywhere`, just below it (or
 * as near as the page's end allows). Checked every 50 ms: a landing is a smooth scroll of up to a
 * second and a half, and the default back-off (up to a second between checks) would stay on each
 * page, redrawing its landing animation, well after it has landed.
 */
export async function expectLandedOn(page: Page, target: Locator, { anywhere = false } = {}) {
  await expect
    .poll(
      async () => {
        const covered = await headerBottom(page);
        return target.evaluate(
          (el, { covered, anywhere }) => {
            const box = el.getBoundingClientRect();
            const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
            const visible = box.top >= covered && box.bottom <= innerHeight;
            const nearTop = anywhere || box.top - covered <= 24 || atEnd;
            return visible && nearTop
              ? 'landed'
              : `top ${Math.round(box.top)}, header ${Math.round(covered)}, bottom ${Math.round(box.bottom)} of ${innerHeight}`;
          },
          { covered, anywhere },
        );
      },
      { intervals: [50] },
    )
    .toBe('landed');
}
