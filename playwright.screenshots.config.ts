import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';

/**
 * Screenshots for a person to look at, not compared with anything: `npm run screenshots` (after
 * `npm run build`) writes an article and the figures page, light and dark, at desktop and phone
 * sizes, to test-results/screenshots/. Not part of `npm test`: they check little (a background
 * colour, a file that is not empty) and cost about a minute of a 2-core machine.
 */
export default defineConfig({
  ...site,
  testMatch: 'screenshots.spec.ts',
  testIgnore: [],
  outputDir: 'test-results/e2e-screenshots',
  reporter: 'list',
  // Both sizes, without the phone project's filters (they leave this spec out).
  projects: (site.projects ?? []).map(({ testIgnore: _ignore, grepInvert: _grep, ...project }) => project),
});
