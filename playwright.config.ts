import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { deployment } from './src/config/deployment.ts';

/**
 * Browser tests run against the built site (`npm run build` first), served by `astro preview`.
 *
 * Browser: Playwright's own Chromium where it is installed (`npx playwright install chromium` on a
 * laptop); on machines that cannot download it, Debian's /usr/bin/chromium (or CHROMIUM_PATH).
 */
const port = Number(process.env['E2E_PORT'] ?? 4329);
const { base } = deployment();
const systemChromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const useSystemChromium = process.env['CHROMIUM_PATH'] !== undefined || (!hasPlaywrightChromium() && existsSync(systemChromium));

const launchOptions = useSystemChromium
  ? {
      executablePath: systemChromium,
      // No GPU or QUIC in headless CI; the resolver rule keeps Chromium from looking up Google hosts
      // on a machine without internet (every request the tests make goes to 127.0.0.1).
      args: ['--disable-gpu', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
    }
  : {};

export default defineConfig({
  testDir: 'tests/e2e',
  // Runs against a build for a sub-folder, with its own config (playwright.base-path.config.ts).
  testIgnore: 'base-path.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions,
    // A failed test keeps a trace of its actions, console and network. Screencast frames and DOM
    // snapshots are left out: recording them for every test (the trace is taken before the outcome is
    // known) doubled the suite's CPU time on a 2-core machine. For the full picture of a failure,
    // run it again with `npx playwright test --trace on`.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    // What a page requests, its policy and its text do not depend on the screen: those specs run on desktop only,
    // and so do single tests tagged @screen-independent (each says why).
    // (A project's testIgnore replaces the one above, so it repeats base-path.)
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions },
      testIgnore: /(base-path|security|privacy|light)\.spec\.ts$/,
      grepInvert: /@screen-independent/,
    },
  ],
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});

/** True when `npx playwright install chromium` has put Playwright's own browser on this machine. */
function hasPlaywrightChromium(): boolean {
  try {
    // executablePath() names where Playwright's browser would be, installed or not.
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}
