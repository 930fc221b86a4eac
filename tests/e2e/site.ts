/**
 * What the specs share: the list of built pages; a recorder for what a page does that it should not
 * (CSP violations, script errors, requests to other hosts); waits for conditions (scrolling settled,
 * search results shown); the @screen-independent tag; and counts read from the content files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { isSharePage } from '../../src/lib/site.ts';

/** The built site under test; the base-path run points this at its own build. */
export const DIST = process.env['E2E_DIST'] ?? 'dist';

/** Every built HTML file as a path relative to the base URL: '', 'articles/x/', '404.html'. */
function allPages(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(DIST, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/**
 * Every built page a reader reads, as a path relative to the base URL: '', 'articles/x/', '404.html'.
 * Not the share pages: each sends the browser on to its article at once, so loading one in a page
 * sweep would load that article again; share.spec.ts reads them as previewers do.
 */
export const builtPages = (): string[] => allPages().filter((page) => !isSharePage(`/${page}`));

/** The share pages (`articles/x/<id>/`, `ja/articles/x/<id>/`), one per section and claim and per old address. */
export const sharePages = (): string[] => allPages().filter((page) => isSharePage(`/${page}`));

/** The pages a reader reads: everything but the search pages (one per language), whose results need JavaScript. */
export const readingPages = () => builtPages().filter((p) => !/^(?:[a-z]{2}\/)?search\/$/.test(p));

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

/**
 * Resolves once the page has stopped scrolling: its scroll position has not changed for `frames`
 * frames in a row (a smooth scroll has ended, or none was running). A reader waits for the page to
 * stop moving before acting on what is on screen; a key pressed during a smooth scroll started by
 * focus can cut the next scroll short (seen as a jump to a reference that ended above it).
 */
export async function scrollingSettled(page: Page, frames = 10): Promise<void> {
  const settled = await page.evaluate(
    (frames) =>
      new Promise<boolean>((resolve) => {
        let last = '';
        let still = 0;
        let seen = 0;
        const check = () => {
          const at = `${scrollX},${scrollY}`;
          still = at === last ? still + 1 : 0;
          last = at;
          // A smooth scroll lasts about a second (60 frames); 1,200 frames of movement is a page that never stops.
          if (still >= frames || ++seen > 1200) resolve(still >= frames);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    frames,
  );
  expect(settled, 'the page stopped scrolling').toBe(true);
}

/** The search page's own status line (other live regions, such as copy-link's, share the page). */
export const searchStatus = (page: Page) => page.locator('main [data-search-status]');

/**
 * Waits until the search page at `search/?q=…` shows its results: a link to an article in the result
 * list. (The page's A–Z index has article links too, and the search script hides it as soon as it
 * starts on a query, well before the results come: `main a[href*="/articles/"]` would wait on a
 * hidden link, or pass before any result is there.)
 */
export async function expectSearchResults(page: Page): Promise<void> {
  await expect(page.locator('#search-results a[href*="/articles/"]').first()).toBeVisible();
}

/**
 * For a test (or describe) whose assertions cannot differ with the screen size: the phone project
 * leaves it out (playwright.config.ts), so it runs once, on desktop. Say why next to each use:
 * nothing it checks depends on layout or touch, or it sets its own screen.
 */
export const SCREEN_INDEPENDENT = { tag: '@screen-independent' };

/** The content a page is built from, for tests that count what the page must show. */
export const content = {
  /** The facts on the study card, in content/references/primary-study.yaml. */
  studyFacts: (): unknown[] => (parse(readFileSync('content/references/primary-study.yaml', 'utf8')) as Array<{ facts: unknown[] }>)[0]?.facts ?? [],
  /** Every article's slug (content/articles/<slug>.mdx). */
  articleSlugs: (): string[] =>
    readdirSync('content/articles')
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, '')),
  /**
   * An article's frontmatter, from content/articles/<slug>.mdx, read as YAML 1.1 as the build reads
   * it (so an unquoted date is a date, which the schema turns into its day).
   */
  frontmatter: (slug: string): Record<string, unknown> =>
    parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(`content/articles/${slug}.mdx`, 'utf8'))?.[1] ?? '', { version: '1.1' }) as Record<string, unknown>,
};

/**
 * Waits until the page's enhancements (client/enhance.ts: citation and glossary previews, the
 * contents' current section, copy buttons, print) are in place. That module loads once the page has,
 * when the browser is idle: on a busy machine, a second or more after `goto` returns. A reader who
 * acts before then gets the plain links, which a test of the previews must not mistake for a
 * failure. Its first act is to say that the header's search control opens a dialog; the others are
 * set up in the same task.
 */
export async function enhanced(page: Page): Promise<void> {
  await expect(page.locator('[data-search-open][aria-haspopup]')).toBeAttached();
}
