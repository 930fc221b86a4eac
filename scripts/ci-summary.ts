/**
 * Prints the closing line CI reads, `N passed, N failed`, summing every vitest and Playwright JSON
 * report in test-results/ (`vitest-*.json`, `playwright*.json`: one per stage that runs tests).
 * Usage: `node scripts/ci-summary.ts <exit status of npm test>`.
 * A failing step that is not a test runner (type check, build, link check) counts as one failure,
 * so a red run can never print "0 failed".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Counts {
  passed: number;
  failed: number;
}

const RESULTS = 'test-results';

function vitest(file: string): Counts {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwright(file: string): Counts {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

const status = Number(process.argv[2] ?? '1');
const files = existsSync(RESULTS) ? readdirSync(RESULTS).sort() : [];
const reports = [
  ...files.filter((f) => /^vitest.*\.json$/.test(f)).map((f) => vitest(path.join(RESULTS, f))),
  ...files.filter((f) => /^playwright.*\.json$/.test(f)).map((f) => playwright(path.join(RESULTS, f))),
];
const total = reports.reduce<Counts>((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }), { passed: 0, failed: 0 });
if (status !== 0 && total.failed === 0) total.failed = 1;
console.log(`${total.passed} passed, ${total.failed} failed`);
