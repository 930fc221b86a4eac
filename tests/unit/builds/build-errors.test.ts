/**
 * Bad input must fail the build with a message that names the file and line and says what to do.
 * Each case in tests/fixtures/sites/<case>/ holds only the files that differ from
 * tests/fixtures/sites/base/ (a clean site) and `expected.txt`: lines the build output must contain.
 * A case may go on top of further clean layers (folders named `base-…`, such as `base-ja`, the
 * base site's Japanese edition), named one per line in its `layers.txt`. A new case is new files,
 * not new code.
 *
 * Most cases are caught by the content preflight, which runs as Astro loads its config, before
 * anything is read or written. Those are checked by calling the preflight as the build does
 * (`preflightError`), in a fraction of a second instead of a whole build each; the cases in
 * WHOLE_BUILDS are still built whole, to prove the plumbing: `astro build` prints the preflight's
 * message, exits non-zero and leaves no site. A case the preflight does not catch (a Markdown
 * plugin's, or a check of the built pages) is always built whole.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentPaths } from '../../../src/config/content-paths.ts';
import { preflightError } from '../../../src/integrations/content-preflight/index.ts';
import { BUILD_TIMEOUT, buildFixture } from './fixture-build.ts';

const sites = 'tests/fixtures/sites';
/** Clean layers (`base`, `base-ja`): never cases of their own. */
const isLayer = (name: string) => name === 'base' || name.startsWith('base-');
const cases = readdirSync(sites, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !isLayer(e.name))
  .map((e) => e.name);
/** The layers a case goes on top of, base first. */
const layersOf = (name: string): string[] => {
  const file = path.join(sites, name, 'layers.txt');
  return [
    'base',
    ...(existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
      : []),
  ];
};
/** Cases the preflight catches that are built whole all the same: one English, one of a translation behind a correction (issue 20: the build refuses it). */
const WHOLE_BUILDS = new Set(['bad-reviewed-date', 'translation-behind-correction']);
const work = mkdtempSync(path.join(tmpdir(), 'site-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.concurrent('the build refuses bad input', () => {
  test('the clean base site builds', { timeout: BUILD_TIMEOUT }, async () => {
    const result = await buildFixture(path.resolve(sites, 'base'), work, 'base');
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  test("the preflight's plumbing is proven by whole builds of cases that exist", () => {
    expect(cases).toEqual(expect.arrayContaining([...WHOLE_BUILDS]));
  });

  test.each(cases)('%s', { timeout: BUILD_TIMEOUT }, async (name) => {
    const content = path.join(work, `${name}-content`);
    for (const layer of [...layersOf(name), name]) cpSync(path.join(sites, layer), content, { recursive: true });
    for (const file of ['expected.txt', 'layers.txt']) rmSync(path.join(content, file), { force: true });
    const expected = readFileSync(path.join(sites, name, 'expected.txt'), 'utf8')
      .replaceAll('<content>', content)
      .split('\n')
      .filter(Boolean);

    const caught = await preflightError(contentPaths(content));
    if (caught && !WHOLE_BUILDS.has(name)) {
      for (const line of expected) expect(caught.message).toContain(line);
      return;
    }
    if (WHOLE_BUILDS.has(name)) expect(caught, `${name} is built whole to prove the preflight's plumbing, so the preflight must catch it`).toBeDefined();
    const result = await buildFixture(content, work, name);
    expect(result.status, result.output).not.toBe(0);
    for (const line of expected) expect(result.output).toContain(line);
    expect(existsSync(path.join(result.outDir, 'index.html')), 'no half-built site is left behind').toBe(false);
  });
});
