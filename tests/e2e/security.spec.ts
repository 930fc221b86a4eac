/**
 * The Content-Security-Policy and the headers a static host sends. Desktop only
 * (playwright.config.ts SCREEN_INDEPENDENT_SPECS): the policy, the headers and what a script may do
 * are the same at every screen size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { headersFor, parseHeadersFile } from '../../scripts/bench/headers-file.ts';
import { elements, readHtmlPages } from '../../src/integrations/post-build/built-site.ts';
import { builtPages, DIST, expectSearchResults, recordTrouble, sharePages } from './site.ts';

const headerRules = () => parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
const policyOf = (headers: Record<string, string>) => headers['content-security-policy'] ?? '';

test.describe('Content-Security-Policy', () => {
  // Read from the built HTML, as the browser's parser reads it: a policy in a <meta> governs only what
  // is parsed after it, so its place in the file is what counts. (Every page is also loaded in a
  // browser with the policy on, in every-page.spec.ts, which fails on anything it blocks.)
  test('every page carries the policy first in <head>, with no unsafe-inline, the same as in _headers', async () => {
    const header = policyOf(headersFor('/', headerRules()));
    expect(header).toContain("frame-ancestors 'none'");
    const pages = await readHtmlPages(DIST);
    expect(pages.map((p) => p.file)).toHaveLength(builtPages().length + sharePages().length);
    for (const { file, tree } of pages) {
      const isPolicy = (el: Element) => el.tagName === 'meta' && String(el.properties['httpEquiv']).toLowerCase() === 'content-security-policy';
      const policies = elements(tree)
        .filter(isPolicy)
        .map((meta) => String(meta.properties['content'] ?? ''));
      expect(policies, file).toHaveLength(1);
      const policy = policies[0] ?? '';
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain("'unsafe-eval'");
      expect(`${policy}; frame-ancestors 'none'`).toBe(header);
      // Only <meta charset> may come before it.
      const head = elements(tree).find((el) => el.tagName === 'head');
      const inHead = (head?.children ?? []).filter((node): node is Element => node.type === 'element');
      expect(inHead.findIndex(isPolicy), file).toBe(1);
      expect(inHead[0]?.tagName === 'meta' && 'charSet' in inHead[0].properties, `${file}: <meta charset> first`).toBe(true);
    }
  });

  test('the policy does block a script it does not list (the check above can see violations)', async ({ page }) => {
    const trouble = await recordTrouble(page);
    await page.goto('');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
    });
    await expect.poll(() => trouble.violations.length).toBe(1);
    expect(trouble.violations[0]).toContain('script-src');
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });

  test('served with the _headers file, as a static host would, pages still work and cannot be framed', async ({ page, baseURL }) => {
    const rules = headerRules();
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const { pathname } = new URL(route.request().url());
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(pathname, rules) } });
    });
    const trouble = await recordTrouble(page);
    const response = await page.goto('search/?q=AMPA');
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expectSearchResults(page);
    expect(trouble.violations).toEqual([]);

    await page.setContent(`<iframe src="${baseURL}"></iframe>`);
    const frame = page.frames()[1];
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  });

  test('a search query is shown as text, never run as HTML', async ({ page }) => {
    const trouble = await recordTrouble(page);
    await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`);
    // The query is put back into the page's search box, as a value.
    await expect
      .poll(() => page.locator('input[name="q"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)))
      .toContain('<img src=x onerror="window.pwned=1">');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    expect(trouble.violations).toEqual([]);
  });
});
