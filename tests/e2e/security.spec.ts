import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../scripts/bench/headers-file.ts';
import { articlePages, builtPages, DIST, recordTrouble } from './site.ts';

const headerRules = () => parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
const policyOf = (headers: Record<string, string>) => headers['content-security-policy'] ?? '';

test.describe('Content-Security-Policy', () => {
  test('every page carries the policy first in <head>, with no unsafe-inline, the same as in _headers', async ({ page }) => {
    const header = policyOf(headersFor('/', headerRules()));
    expect(header).toContain("frame-ancestors 'none'");
    for (const path of builtPages()) {
      await page.goto(path);
      const policies = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
      expect(policies, path).toHaveLength(1);
      const policy = policies[0] ?? '';
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain("'unsafe-eval'");
      expect(`${policy}; frame-ancestors 'none'`).toBe(header);
      // Only <meta charset> may come before it: a policy governs what follows it.
      expect(await page.evaluate(() => [...document.head.children].findIndex((el) => el.matches('meta[http-equiv="Content-Security-Policy"]')))).toBe(1);
    }
  });

  test('no page, search or citation link trips the policy or logs an error', async ({ page }) => {
    const trouble = await recordTrouble(page);
    for (const path of builtPages()) await page.goto(path);
    await page.goto('search/?q=ketamine');
    await expect(page.locator('main a[href*="/articles/"]').first()).toBeVisible();
    await page.goto(articlePages()[0] ?? '');
    await page.locator('main a[href*="#ref-"]').first().click();
    expect(trouble.violations).toEqual([]);
    expect(trouble.errors).toEqual([]);
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
    await expect(page.locator('main a[href*="/articles/"]').first()).toBeVisible();
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
