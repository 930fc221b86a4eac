import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium, defineConfig, devices } from '@playwright/test';
import { deployment } from './src/config/deployment.ts';

/**
 * Browser tests run against the built site (`npm run build` first), served by `astro preview`.
 *
 * Browser: Playwright's own Chromium where it is installed (`npx playwright install chromium` on a
 * laptop, which runs its headless shell); on machines that cannot download it, Debian's, through
 * `executablePath`: the headless shell (`apt-get install chromium-headless-shell`) if installed,
 * else /usr/bin/chromium; or the browser named by CHROMIUM_PATH. The headless shell is Chromium
 * without the browser's own windowing and UI layers: the same Blink and V8, for half the CPU time
 * of the whole browser in headless mode (measured on this suite, 2 cores).
 *
 * Sized for a slow, shared machine (CI runs on a developer's 2-core machine, often busy): waits are
 * for conditions, and a condition may take three times as long as on an idle machine before a
 * test fails. A test that passes only on an idle machine is a defect.
 */
const port = Number(process.env['E2E_PORT'] ?? 4329);
const { base } = deployment();
/** Specs with a config of their own: playwright.base-path.config.ts, playwright.screenshots.config.ts. */
export const ON_DEMAND = ['**/base-path.spec.ts', '**/screenshots.spec.ts'];
/**
 * Whole specs whose assertions do not depend on the screen: run on desktop only. Each says why at
 * its top; single tests in other specs are tagged @screen-independent instead.
 */
const SCREEN_INDEPENDENT_SPECS = ['**/every-page.spec.ts', '**/security.spec.ts', '**/privacy.spec.ts'];
const systemChromium =
  process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => existsSync(file)) ?? '/usr/bin/chromium';
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
  // base-path.spec.ts runs against a build for a sub-folder, with its own config
  // (playwright.base-path.config.ts); screenshots are taken on demand (`npm run screenshots`).
  testIgnore: ON_DEMAND,
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // One per core: each worker keeps a browser busy, and the preview server needs little.
  workers: Number(process.env['E2E_WORKERS'] ?? availableParallelism()),
  // A search (Pagefind loads its engine and index) takes ~1 s on an idle machine and 4-6 s when the
  // machine is shared; landing, a smooth scroll, up to 1.5 s when idle. Failures still show fast
  // enough, and a passing wait ends as soon as its condition holds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
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
    // Only what can differ on a phone: specs in SCREEN_INDEPENDENT_SPECS and tests tagged
    // @screen-independent (each says why) run on desktop only. A new spec runs on both until it says
    // otherwise. (A project's testIgnore replaces the one above, so it repeats ON_DEMAND.)
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions },
      testIgnore: [...ON_DEMAND, ...SCREEN_INDEPENDENT_SPECS],
      grepInvert: /@screen-independent/,
    },
  ],
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
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
