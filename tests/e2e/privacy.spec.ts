import { expect, test } from '@playwright/test';
import { elements, readHtmlPages } from '../../src/integrations/built-site/html-pages.ts';
import { articlePages, builtPages, DIST } from './site.ts';

test('the site makes no request to any other host and sets no cookie', async ({ page, context, baseURL }) => {
  const own = new URL(baseURL ?? '').host;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.host !== own) elsewhere.push(`${page.url()} → ${request.url()}`);
  });
  for (const path of builtPages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.cookie), path).toBe('');
  }
  // What runs only on use: a search, and following a citation.
  await page.goto('search/?q=ketamine');
  await expect(page.locator('main a[href*="/articles/"]').first()).toBeVisible();
  await page.goto(articlePages()[0] ?? '');
  await page.locator('main a[href*="#ref-"]').first().click();
  await page.waitForLoadState('networkidle');

  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('no page embeds anything from elsewhere: no frames, trackers, remote scripts, styles, images or fonts', async () => {
  /** Elements that make the browser fetch, and the attribute that says from where. */
  const fetching: Record<string, string[]> = {
    script: ['src'],
    link: ['href'],
    img: ['src', 'srcSet'],
    source: ['src', 'srcSet'],
    video: ['src', 'poster'],
    audio: ['src'],
    iframe: ['src'],
    embed: ['src'],
    object: ['data'],
  };
  const remote: string[] = [];
  for (const page of await readHtmlPages(DIST)) {
    for (const el of elements(page.tree)) {
      if (['iframe', 'embed', 'object', 'frame'].includes(el.tagName)) remote.push(`${page.file}: <${el.tagName}>`);
      for (const attribute of fetching[el.tagName] ?? []) {
        const value = el.properties[attribute];
        // A link rel="…" that does not fetch (canonical, alternate) may name the public address.
        if (el.tagName === 'link' && !/stylesheet|preload|prefetch|preconnect|dns-prefetch|icon|manifest|modulepreload/.test(String(el.properties['rel'])))
          continue;
        if (typeof value === 'string' && /^(https?:)?\/\//i.test(value.trim())) remote.push(`${page.file}: <${el.tagName} ${attribute}="${value}">`);
      }
    }
  }
  expect(remote).toEqual([]);
});
