/**
 * Bad input must fail the build with a message that names the file and line and says what to do.
 * Each case in tests/fixtures/sites/<case>/ holds only the files that differ from
 * tests/fixtures/sites/base/ (a clean site) and `expected.txt`: lines the build output must contain.
 * A new case is new files, not new code.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_TIMEOUT, buildFixture } from './fixture-build.ts';

const sites = 'tests/fixtures/sites';
const cases = readdirSync(sites, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'base')
  .map((e) => e.name);
const work = mkdtempSync(path.join(tmpdir(), 'site-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.concurrent('the build refuses bad input', () => {
  test('the clean base site builds', { timeout: BUILD_TIMEOUT }, async () => {
    const result = await buildFixture(path.resolve(sites, 'base'), work, 'base');
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  test.each(cases)('%s', { timeout: BUILD_TIMEOUT }, async (name) => {
    const content = path.join(work, `${name}-content`);
    cpSync(path.join(sites, 'base'), content, { recursive: true });
    cpSync(path.join(sites, name), content, { recursive: true });
    rmSync(path.join(content, 'expected.txt'), { force: true });

    const result = await buildFixture(content, work, name);
    expect(result.status, result.output).not.toBe(0);
    const expected = readFileSync(path.join(sites, name, 'expected.txt'), 'utf8')
      .replaceAll('<content>', content)
      .split('\n')
      .filter(Boolean);
    for (const line of expected) expect(result.output).toContain(line);
    expect(existsSync(path.join(result.outDir, 'index.html')), 'no half-built site is left behind').toBe(false);
  });
});
