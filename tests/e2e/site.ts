/**
 * What the quality specs share: the list of built pages, and a recorder for what a page does
 * that it should not (CSP violations, script errors, requests to other hosts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** The built site under test; the base-path run points this at its own build. */
export const DIST = process.env['E2E_DIST'] ?? 'dist';

/** Every built page as a path relative to the base URL: '', 'articles/x/', '404.html'. */
export function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(DIST, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The pages a reader reads: everything but the search page, whose results need JavaScript. */
export const readingPages = () => builtPages().filter((p) => p !== 'search/');

/** The article pages. */
export const articlePages = () => builtPages().filter((p) => p.startsWith('articles/'));

export interface Trouble {
  violations: string[];
  errors: string[];
}

/**
 * Starts recording, before the page's first script runs: Content-Security-Policy violations (from
 * the `securitypolicyviolation` event, so nothing the policy blocks goes unseen), console errors
 * and uncaught exceptions.
 */
export async function recordTrouble(page: Page): Promise<Trouble> {
  const trouble: Trouble = { violations: [], errors: [] };
  await page.exposeFunction('__reportViolation', (text: string) => trouble.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}${event.sample ? `: ${event.sample}` : ''}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) trouble.errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => trouble.errors.push(`${page.url()}: ${error.message}`));
  return trouble;
}
