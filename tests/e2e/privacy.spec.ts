/**
 * Nothing from elsewhere: read from the built HTML. Whether a page, a search or a citation asks
 * another host for anything, or sets a cookie, is checked in a browser in every-page.spec.ts.
 * Desktop only (playwright.config.ts SCREEN_INDEPENDENT_SPECS): the HTML is the same at every size.
 */
import { expect, test } from '@playwright/test';
import { elements, readHtmlPages } from '../../src/integrations/post-build/built-site.ts';
import { DIST } from './site.ts';

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
