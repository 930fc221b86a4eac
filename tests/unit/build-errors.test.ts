/**
 * Bad input must fail the build with a message that names the file and line and says what to do.
 * Each case in tests/fixtures/sites/<case>/ holds only the files that differ from
 * tests/fixtures/sites/base/ (a clean site) and `expected.txt`: lines the build output must contain.
 * A new case is new files, not new code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const sites = 'tests/fixtures/sites';
const cases = readdirSync(sites, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'base')
  .map((e) => e.name);
const work = mkdtempSync(path.join(tmpdir(), 'site-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds `content` with the real site config; returns the exit status and all output. */
function build(content: string, name: string) {
  const outDir = path.join(work, `${name}-dist`);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(work, `${name}-cache`), FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('the build refuses bad input', () => {
  test('the clean base site builds', () => {
    const result = build(path.resolve(sites, 'base'), 'base');
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  test.each(cases)('%s', (name) => {
    const content = path.join(work, name);
    cpSync(path.join(sites, 'base'), content, { recursive: true });
    cpSync(path.join(sites, name), content, { recursive: true });
    rmSync(path.join(content, 'expected.txt'), { force: true });

    const result = build(content, name);
    expect(result.status, result.output).not.toBe(0);
    const expected = readFileSync(path.join(sites, name, 'expected.txt'), 'utf8')
      .replaceAll('<content>', content)
      .split('\n')
      .filter(Boolean);
    for (const line of expected) expect(result.output).toContain(line);
    expect(existsSync(path.join(result.outDir, 'index.html')), 'no half-built site is left behind').toBe(false);
  });
});
