import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BuildFailed, countHtmlPages, cpuOfChildren, perPage, succeeded, timeBuild, type BuildRun } from '../../../scripts/bench/build-time.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'build-time-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (status: number | null, output = ''): BuildRun => ({ label: 'our site with 500 synthetic articles', status, output, seconds: 30, cpuSeconds: 40 });

describe('a failed build', () => {
  test('stops the bench with what was built and the end of its output', () => {
    expect(() => succeeded(run(1, 'the last line'))).toThrow(BuildFailed);
    // A long output is cut to its end, where the error is.
    expect(() => succeeded(run(1, `the first line${'x'.repeat(5000)}the last line`))).toThrow(/^(?![\s\S]*the first line)[\s\S]*the last line$/);
    expect(() => succeeded(run(1, 'the last line'))).toThrow(/^our site with 500 synthetic articles: the build failed \(exit status 1\)[\s\S]*the last line$/);
    expect(() => succeeded(run(null))).toThrow(/exit status null/);
  });

  test('a build that succeeded is handed back as it was', () => {
    const ok = run(0);
    expect(succeeded(ok)).toBe(ok);
  });

  test('a real build that fails is reported as failed, with its output', async () => {
    // A folder with no Astro in it: the build cannot even start.
    const result = await timeBuild({ label: 'nothing', cwd: dir, outDir: path.join(dir, 'dist') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/astro/i);
    expect(result.seconds).toBeGreaterThan(0);
  });
});

test("the CPU time of waited-for children is read from /proc/self/stat's cutime and cstime, after the command name", () => {
  // pid (comm with spaces and a ")") state ppid … utime stime cutime cstime …; 100 ticks a second.
  const stat = '4242 (node (a) b) S 1 2 3 4 5 6 7 8 9 10 11 12 1234 566 20 0 1 0 99';
  expect(cpuOfChildren(stat)).toBe(18);
  expect(cpuOfChildren(undefined)).toBeNaN();
});

test('pages are the HTML files of a built site, at any depth', () => {
  mkdirSync(path.join(dir, 'site', 'articles', 'a'), { recursive: true });
  for (const file of ['index.html', '404.html', 'articles/a/index.html', 'articles/a/cite.bib', 'sitemap.xml']) writeFileSync(path.join(dir, 'site', file), '');
  expect(countHtmlPages(path.join(dir, 'site'))).toBe(3);
});

test('time per page divides wall and CPU time by the pages built', () => {
  expect(perPage({ seconds: 30, cpuSeconds: 45 }, 1000)).toEqual({ pages: 1000, wallMs: 30, cpuMs: 45 });
});
