import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';

/**
 * The site built for a sub-folder (`npm run build:base-path`: BASE_PATH=/ketamine-ampa/ into its
 * own folder), served there, with the one spec that checks links, search, anchors and citations
 * land inside it. Run by `npm run test:e2e:base-path`, after `npm run build:base-path`.
 */
export const BASE_PATH = '/ketamine-ampa/';
const dist = 'test-results/base-path-dist';
const port = Number(process.env['E2E_PORT'] ?? 4329) + 100;
// The specs' helpers read the build from here (tests/e2e/site.ts).
process.env['E2E_DIST'] = dist;

export default defineConfig({
  ...site,
  testMatch: 'base-path.spec.ts',
  testIgnore: [],
  outputDir: 'test-results/e2e-base-path',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-base-path.json' }]],
  // Reduced motion: these specs check where links lead, and a smooth scroll across a long article
  // can outlast an assertion's wait on a loaded machine (landing itself is tested in links.spec.ts).
  use: { ...site.use, baseURL: `http://127.0.0.1:${port}${BASE_PATH}`, reducedMotion: 'reduce' },
  // One size is enough here: what differs under a base path is URLs, not layout.
  projects: (site.projects ?? []).filter((p) => p.name === 'desktop'),
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port} --outDir ${dist}`,
    env: { BASE_PATH },
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
  },
});
