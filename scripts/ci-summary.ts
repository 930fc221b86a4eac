/**
 * Prints the closing line CI reads, `N passed, N failed`, summing vitest and Playwright from their
 * JSON reports. Usage: `node scripts/ci-summary.ts <exit status of npm test>`.
 * A failing step that is not a test runner (type check, build, link check) counts as one failure,
 * so a red run can never print "0 failed".
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
}

function vitest(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwright(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

const status = Number(process.argv[2] ?? '1');
const reports = [vitest('test-results/vitest.json'), playwright('test-results/playwright.json'), playwright('test-results/playwright-base-path.json')];
const total = reports.reduce<Counts>((sum, r) => ({ passed: sum.passed + (r?.passed ?? 0), failed: sum.failed + (r?.failed ?? 0) }), {
  passed: 0,
  failed: 0,
});
if (status !== 0 && total.failed === 0) total.failed = 1;
console.log(`${total.passed} passed, ${total.failed} failed`);
