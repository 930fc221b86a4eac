/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests the same Vite setup as the site (astro:content, .astro files via the
// Container API). Unit tests only: browser tests are Playwright's (tests/e2e).
export default getViteConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/builds/**'], sequence: { groupOrder: 0 } },
      },
      {
        // Whole `astro build`s of fixture sites. Astro keeps its content data store in the project's
        // .astro/ folder whatever cacheDir says, so these run one file at a time, after the unit tests
        // (which read that store through astro:content).
        extends: true,
        test: { name: 'builds', include: ['tests/unit/builds/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
